using BfcNetwork.BuildingBlocks.Tests.Support;
using BfcNetwork.Testing;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.BuildingBlocks.Tests.Persistence;

/// <summary>
/// Two edits of the same version of an aggregate that change only its children: the second must
/// fail on the root's version, as an edit of the root's own columns would.
/// </summary>
public sealed class AggregateVersionTests(AggregateVersionTests.Service fixture) : IClassFixture<AggregateVersionTests.Service>
{
    private readonly TestService _service = fixture.Ledgers;

    [Fact]
    public async Task A_second_edit_of_only_the_children_of_a_read_version_is_a_concurrency_conflict()
    {
        var id = await _service.WithDbAsync(async db =>
        {
            var ledger = new Ledger("Shared");
            ledger.Lines.Add(new LedgerLine(10m));
            db.Ledgers.Add(ledger);
            await db.SaveChangesAsync();
            return ledger.Id;
        });

        await _service.WithDbAsync(async first => await _service.WithDbAsync(async second =>
        {
            var mine = await first.Ledgers.Include(l => l.Lines).SingleAsync(l => l.Id == id);
            var theirs = await second.Ledgers.Include(l => l.Lines).SingleAsync(l => l.Id == id);
            mine.Lines[0].Amount = 11m;
            theirs.Lines[0].Amount = 12m;

            await first.SaveChangesAsync();
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
            return true;
        }));

        var stored = await _service.WithDbAsync(db => db.Ledgers.AsNoTracking().Include(l => l.Lines).SingleAsync(l => l.Id == id));
        Assert.Equal(11m, Assert.Single(stored.Lines).Amount);
    }

    [Fact]
    public async Task A_child_added_to_a_read_version_moves_the_roots_version()
    {
        var (id, before) = await _service.WithDbAsync(async db =>
        {
            var ledger = new Ledger("Growing");
            db.Ledgers.Add(ledger);
            await db.SaveChangesAsync();
            return (ledger.Id, ledger.Version);
        });

        var after = await _service.WithDbAsync(async db =>
        {
            var ledger = await db.Ledgers.Include(l => l.Lines).SingleAsync(l => l.Id == id);
            ledger.Lines.Add(new LedgerLine(1m));
            await db.SaveChangesAsync();
            return ledger.Version;
        });

        Assert.NotEqual(before, after);
    }

    public sealed class Service(TestServers servers) : IAsyncLifetime
    {
        public TestService Ledgers { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Ledgers = await TestService.StartAsync(servers, "bb_aggregate");

        public async ValueTask DisposeAsync() => await Ledgers.DisposeAsync();
    }
}
