using System.Net;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.BuildingBlocks.Tests.Support;
using BfcNetwork.Testing;
using Microsoft.EntityFrameworkCore;
using static BfcNetwork.BuildingBlocks.Tests.Idempotency.IdempotentCreateTests;

namespace BfcNetwork.BuildingBlocks.Tests.Idempotency;

/// <summary>
/// Keys with short lives: a three-second retention purged every second and a one-second in-flight
/// wait, on a context with a retrying execution strategy (which refuses transactions it does not run).
/// </summary>
public sealed class IdempotencyKeyLifetimeTests(IdempotencyKeyLifetimeTests.Api fixture) : IClassFixture<IdempotencyKeyLifetimeTests.Api>
{
    private readonly LedgerApi _api = fixture.Ledger;

    [Fact]
    public async Task Under_a_retrying_execution_strategy_a_retry_still_replays()
    {
        var account = UniqueAccount();
        var key = Guid.NewGuid().ToString();
        var client = _api.Client("carol");

        await Expect.StatusAsync(await client.SendAsync(Post(new LedgerRequest(account, 3m), key)), HttpStatusCode.Created);
        var retry = await client.SendAsync(Post(new LedgerRequest(account, 3m), key));

        await Expect.StatusAsync(retry, HttpStatusCode.Created);
        Assert.True(retry.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(1, await _api.WithDbAsync(db => db.LedgerEntries.CountAsync(e => e.Account == account)));
    }

    [Fact]
    public async Task An_expired_key_is_purged_and_then_creates_anew()
    {
        var account = UniqueAccount();
        var key = Guid.NewGuid().ToString();
        var client = _api.Client("carol");
        await Expect.StatusAsync(await client.SendAsync(Post(new LedgerRequest(account, 3m), key)), HttpStatusCode.Created);

        await Eventually.Until(() => _api.WithDbAsync(db => db.Set<IdempotencyKey>().CountAsync(k => k.Key == key)), n => n == 0, TimeSpan.FromSeconds(15), "the expired key purged");
        var later = await client.SendAsync(Post(new LedgerRequest(account, 3m), key));

        await Expect.StatusAsync(later, HttpStatusCode.Created);
        Assert.False(later.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(2, await _api.WithDbAsync(db => db.LedgerEntries.CountAsync(e => e.Account == account)));
    }

    [Fact]
    public async Task A_request_finding_its_key_in_flight_past_the_wait_gets_409_then_its_retry_replays()
    {
        var account = UniqueAccount();
        var key = Guid.NewGuid().ToString();
        var client = _api.Client("carol");
        var slow = new LedgerRequest(account, 3m, DelayMs: 4000);

        var first = client.SendAsync(Post(slow, key));
        // The first holds its key row, uncommitted, while its handler waits four seconds (its session idle in transaction,
        // unlike the purge's brief DELETE): a fixed pause could lose the race on a busy machine.
        await Eventually.Until(KeyRowsBeingWrittenAsync, n => n > 0, TimeSpan.FromSeconds(10), "the first request holding its key");
        var meanwhile = await client.SendAsync(Post(slow, key));
        await Expect.StatusAsync(await first, HttpStatusCode.Created);
        var retry = await client.SendAsync(Post(slow, key));

        await Expect.ProblemAsync(meanwhile, HttpStatusCode.Conflict);
        Assert.True(retry.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(1, await _api.WithDbAsync(db => db.LedgerEntries.CountAsync(e => e.Account == account)));
    }

    private Task<long> KeyRowsBeingWrittenAsync() => _api.WithDbAsync(db => db.Database.SqlQueryRaw<long>(
        """
        SELECT count(*) AS "Value" FROM pg_locks l
        JOIN pg_class c ON c.oid = l.relation JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE c.relname = 'idempotency_keys' AND l.mode = 'RowExclusiveLock' AND l.granted
          AND a.state = 'idle in transaction' AND a.datname = current_database()
        """).SingleAsync());

    public sealed class Api(TestServers servers) : IAsyncLifetime
    {
        public LedgerApi Ledger { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Ledger = await LedgerApi.StartAsync(servers, new Dictionary<string, string?>
        {
            ["Idempotency:Retention"] = "00:00:03",
            ["Idempotency:PurgeInterval"] = "00:00:01",
            ["Idempotency:InFlightWait"] = "00:00:01",
        }, retryingStrategy: true);

        public async ValueTask DisposeAsync() => await Ledger.DisposeAsync();
    }
}
