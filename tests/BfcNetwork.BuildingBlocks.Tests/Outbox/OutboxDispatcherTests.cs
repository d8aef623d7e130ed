using System.Diagnostics;
using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.BuildingBlocks.Tests.Contracts;
using BfcNetwork.BuildingBlocks.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Messaging;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.BuildingBlocks.Tests.Outbox;

/// <summary>
/// The dispatcher sweeps only every 30 s here, so anything that arrives within a few seconds was
/// published because the commit woke it up; and it reads batches of 5, so 20 events span several.
/// </summary>
public sealed class OutboxDispatcherTests(OutboxDispatcherTests.OutboxService fixture, TestServers servers)
    : IClassFixture<OutboxDispatcherTests.OutboxService>
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly TestService _service = fixture.Service;

    [Fact]
    public async Task An_event_saved_with_its_state_change_is_published_at_once_and_marked_published()
    {
        await using var queue = await BindQueueAsync();
        var account = UniqueAccount();

        var clock = Stopwatch.StartNew();
        await RecordAsync(account, sequence: 1);
        var received = await queue.WaitForAsync<LedgerEntryRecorded>(e => e.Account == account, Patience);
        clock.Stop();

        Assert.True(clock.Elapsed < Prompt, $"The event took {clock.Elapsed} to arrive: the commit did not wake the dispatcher.");
        var row = await Eventually.Until(() => OutboxRowsAsync(account), rows => rows.All(r => r.PublishedAt is not null), Patience, "marked published");
        var published = Assert.Single(row);
        Assert.Equal(published.MessageId, received.MessageId);
        Assert.Equal((1, null), (published.Attempts, published.LastError));
        Assert.Equal(new LedgerEntryRecorded(account, 1, $"{account}-1"), received.Message);
    }

    [Fact]
    public async Task An_event_handed_over_as_object_is_published_as_its_own_contract()
    {
        await using var queue = await BindQueueAsync();
        var account = UniqueAccount();
        object integrationEvent = new LedgerEntryRecorded(account, 1, $"{account}-1");

        await _service.WithDbAsync(async db =>
        {
            db.AddIntegrationEvent(integrationEvent, account, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

        var received = await queue.WaitForAsync<LedgerEntryRecorded>(e => e.Account == account, Patience);
        Assert.Equal(integrationEvent, received.Message);
    }

    [Fact]
    public async Task An_event_saved_in_an_explicit_transaction_is_published_once_that_transaction_commits()
    {
        await using var queue = await BindQueueAsync();
        var account = UniqueAccount();

        var clock = new Stopwatch();
        await _service.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Record(db, account, sequence: 1);
            await db.SaveChangesAsync();
            Assert.Empty(await queue.AllAsync<LedgerEntryRecorded>(e => e.Account == account));
            await transaction.CommitAsync();
            clock.Start();
        });
        await queue.WaitForAsync<LedgerEntryRecorded>(e => e.Account == account, Patience);
        clock.Stop();

        Assert.True(clock.Elapsed < Prompt, $"The event took {clock.Elapsed} after the commit to arrive: the commit did not wake the dispatcher.");
    }

    [Fact]
    public async Task Events_of_one_aggregate_arrive_in_the_order_they_were_written()
    {
        await using var queue = await BindQueueAsync();
        var account = UniqueAccount();

        for (var sequence = 1; sequence <= 20; sequence++)
        {
            await RecordAsync(account, sequence);
        }

        await queue.WaitForAsync<LedgerEntryRecorded>(e => e.Account == account && e.Sequence == 20, Patience);
        var received = await queue.AllAsync<LedgerEntryRecorded>(e => e.Account == account);
        Assert.Equal(Enumerable.Range(1, 20), received.Select(r => r.Message.Sequence));
    }

    [Fact]
    public async Task Events_committed_together_leave_in_the_order_written_across_batches()
    {
        await using var queue = await BindQueueAsync();
        var account = UniqueAccount();

        await _service.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var sequence = 1; sequence <= 20; sequence++)
            {
                Record(db, account, sequence);
                await db.SaveChangesAsync();
            }

            await transaction.CommitAsync();
        });

        await queue.WaitForAsync<LedgerEntryRecorded>(e => e.Account == account && e.Sequence == 20, Prompt);
        var received = await queue.AllAsync<LedgerEntryRecorded>(e => e.Account == account);
        Assert.Equal(Enumerable.Range(1, 20), received.Select(r => r.Message.Sequence));
    }

    [Fact]
    public async Task A_transaction_that_does_not_commit_publishes_nothing()
    {
        await using var queue = await BindQueueAsync();
        var account = UniqueAccount();

        // Rolled back explicitly after SaveChanges.
        await _service.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Record(db, account, sequence: 1);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });

        // Failed inside SaveChanges: the entry's key is already taken, so its event goes with it.
        await _service.WithDbAsync(async db =>
        {
            db.LedgerEntries.Add(new LedgerEntry($"{account}-taken", account, 1m));
            await db.SaveChangesAsync();
        });
        await _service.WithDbAsync(async db =>
        {
            db.LedgerEntries.Add(new LedgerEntry($"{account}-taken", account, 2m));
            db.AddIntegrationEvent(new LedgerEntryRecorded(account, 2, $"{account}-taken"), account, DateTimeOffset.UtcNow);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        // Events of one aggregate go out in order, so once this one is out nothing earlier is pending.
        await RecordAsync(account, sequence: 3);
        await queue.WaitForAsync<LedgerEntryRecorded>(e => e.Account == account && e.Sequence == 3, Patience);

        Assert.Equal([3], (await queue.AllAsync<LedgerEntryRecorded>(e => e.Account == account)).Select(r => r.Message.Sequence));
        Assert.Single(await OutboxRowsAsync(account));
    }

    private static string UniqueAccount() => $"acc-{Guid.NewGuid():N}";

    private Task<IntegrationEventQueue> BindQueueAsync() =>
        IntegrationEventQueue.BindAsync(servers.RabbitMqConnectionString, typeof(LedgerEntryRecorded));

    /// <summary>A ledger entry and its event, in one SaveChanges, the account being the aggregate.</summary>
    private Task RecordAsync(string account, int sequence) => _service.WithDbAsync(async db =>
    {
        Record(db, account, sequence);
        await db.SaveChangesAsync();
    });

    private static void Record(TestDbContext db, string account, int sequence)
    {
        var key = $"{account}-{sequence}";
        db.LedgerEntries.Add(new LedgerEntry(key, account, sequence));
        db.AddIntegrationEvent(new LedgerEntryRecorded(account, sequence, key), account, DateTimeOffset.UtcNow);
    }

    private Task<List<OutboxMessage>> OutboxRowsAsync(string aggregateId) =>
        _service.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.AggregateId == aggregateId).OrderBy(m => m.Id).ToListAsync());

    public sealed class OutboxService(TestServers servers) : IAsyncLifetime
    {
        public TestService Service { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Service = await TestService.StartAsync(
            servers,
            "bb_outbox",
            new Dictionary<string, string?>
            {
                ["Outbox:PollingInterval"] = "00:00:30",
                ["Outbox:BatchSize"] = "5",
            });

        public async ValueTask DisposeAsync() => await Service.DisposeAsync();
    }
}
