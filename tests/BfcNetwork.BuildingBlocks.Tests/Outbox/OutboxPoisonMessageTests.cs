using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.BuildingBlocks.Tests.Contracts;
using BfcNetwork.BuildingBlocks.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Messaging;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.BuildingBlocks.Tests.Outbox;

/// <summary>
/// An outbox row that can never be published (its event type no longer loads, say after a contract
/// was renamed) holds back its own aggregate only: "others may overtake a failing one". Each test
/// has its own service and database, since the stuck rows stay there for good.
/// </summary>
public sealed class OutboxPoisonMessageTests(TestServers servers) : IAsyncLifetime
{
    private const int BatchSize = 5;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private TestService _service = null!;

    public async ValueTask InitializeAsync() => _service = await TestService.StartAsync(
        servers,
        "bb_outbox_poison",
        new Dictionary<string, string?> { ["Outbox:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task An_unpublishable_event_does_not_hold_back_other_aggregates()
    {
        await using var queue = await BindQueueAsync();
        var stuck = await AddUnpublishableEventsAsync(1);
        var account = UniqueAccount();

        await RecordAsync(account);

        await queue.WaitForAsync<LedgerEntryCorrected>(e => e.Account == account, Patience);
        var stuckRow = Assert.Single(await OutboxRowsAsync(stuck));
        Assert.Null(stuckRow.PublishedAt);
        Assert.NotNull(stuckRow.ParkedAt);
        Assert.Contains("BfcNetwork.Retired.Contracts", stuckRow.LastError);
    }

    [Fact]
    public async Task A_full_batch_of_unpublishable_events_does_not_hold_back_other_aggregates()
    {
        await using var queue = await BindQueueAsync();
        await AddUnpublishableEventsAsync(BatchSize);
        var account = UniqueAccount();

        await RecordAsync(account);

        await queue.WaitForAsync<LedgerEntryCorrected>(e => e.Account == account, Patience);
    }

    [Fact]
    public async Task An_event_the_bus_refuses_for_good_is_parked_after_one_attempt_and_holds_back_only_its_aggregate()
    {
        await using var queue = await BindQueueAsync();
        var stuck = $"stuck-{Guid.NewGuid():N}";
        var type = typeof(LedgerEntryUnpublishable).AssemblyQualifiedName!;
        var payload = System.Text.Json.JsonSerializer.Serialize(new { account = stuck });
        await _service.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO outbox_messages (message_id, message_type, payload, aggregate_id, occurred_at, attempts)
            VALUES ({Guid.NewGuid()}, {type}, {payload}::jsonb, {stuck}, now(), 0)
            """));
        var account = UniqueAccount();

        await RecordAsync(account);

        await queue.WaitForAsync<LedgerEntryCorrected>(e => e.Account == account, Patience);
        var stuckRow = await Eventually.Until(async () => Assert.Single(await OutboxRowsAsync(stuck)), row => row.ParkedAt is not null, Patience, "the row parked");
        Assert.Null(stuckRow.PublishedAt);
        Assert.Equal(1, stuckRow.Attempts);
        Assert.Contains("serializ", stuckRow.LastError, StringComparison.OrdinalIgnoreCase);
        // Parked means left alone: the dispatcher's sweeps do not try it again.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, Assert.Single(await OutboxRowsAsync(stuck)).Attempts);
    }

    private static string UniqueAccount() => $"acc-{Guid.NewGuid():N}";

    private Task<IntegrationEventQueue> BindQueueAsync() =>
        IntegrationEventQueue.BindAsync(servers.RabbitMqConnectionString, typeof(LedgerEntryCorrected));

    /// <summary>Rows of one aggregate whose event type cannot be loaded any more; returns that aggregate.</summary>
    private async Task<string> AddUnpublishableEventsAsync(int count)
    {
        var aggregate = $"stuck-{Guid.NewGuid():N}";
        await _service.WithDbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
            {
                await db.Database.ExecuteSqlAsync($$"""
                    INSERT INTO outbox_messages (message_id, message_type, payload, aggregate_id, occurred_at, attempts)
                    VALUES ({{Guid.NewGuid()}}, 'BfcNetwork.Retired.Contracts.LedgerEntryRenamed, BfcNetwork.Retired.Contracts', '{}'::jsonb, {{aggregate}}, now(), 0)
                    """);
            }
        });
        return aggregate;
    }

    private Task RecordAsync(string account) => _service.WithDbAsync(async db =>
    {
        db.LedgerEntries.Add(new LedgerEntry($"{account}-1", account, 1m));
        db.AddIntegrationEvent(new LedgerEntryCorrected(account, $"{account}-1"), account, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    });

    private Task<List<OutboxMessage>> OutboxRowsAsync(string aggregateId) =>
        _service.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.AggregateId == aggregateId).ToListAsync());
}
