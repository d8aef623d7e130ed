using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Network.Tests.Faults;

/// <summary>
/// RabbitMQ goes away for 30 seconds while Solidarity and CrossBorder take a thousand
/// state-changing requests. The outbox keeps every approval's event until the broker is back, and
/// Mobility's inbox applies each once: nothing is lost, nothing is doubled, and nobody sending a
/// request during the outage notices it.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class BrokerOutageUnderLoadTests(TestServers servers)
{
    // 143 flows of each kind: 1 + 143 × 3 solidarity and 143 × 4 crossborder requests = 1,002.
    private const int FlowsPerService = 143;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LoadSpread = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan OutageStartsAfter = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Every_approval_made_before_during_and_after_a_broker_outage_reaches_Mobility_exactly_once()
    {
        await using var rabbit = await RabbitMqServer.StartAsync(TestContext.Current.CancellationToken);
        await using var network = await TestNetwork.StartAsync(servers.NewDatabaseConnectionString, rabbit.ConnectionString);
        var flows = new ApprovalFlows(network);
        var coordinator = await flows.NewAssociationAsync();

        var load = flows.RunInterleavedAsync(coordinator, FlowsPerService, LoadSpread);
        await Task.Delay(OutageStartsAfter);
        var outageStart = DateTimeOffset.UtcNow;
        await rabbit.StopAsync();
        await Task.Delay(Outage);
        await rabbit.StartAgainAsync(TestContext.Current.CancellationToken);
        var outageEnd = DateTimeOffset.UtcNow;
        var outcomes = await load.WaitAsync(Patience);

        // Every request succeeded, those sent while the broker was down included.
        var sent = flows.Sent.ToList();
        Assert.True(sent.Count >= 1_000, $"Only {sent.Count} requests were sent.");
        Assert.All(sent, request => Assert.True(request.Succeeded, request.ToString()));
        var duringOutage = sent.Count(r => r.SentAt >= outageStart && r.AnsweredAt <= outageEnd);
        Assert.True(duringOutage >= 200, $"Only {duringOutage} requests were made while the broker was down.");
        Assert.True(sent.Any(r => r.AnsweredAt < outageStart), "No request was answered before the outage.");
        Assert.True(sent.Any(r => r.SentAt > outageEnd), "No request was sent after the broker came back.");

        var solidarity = outcomes.Where(f => f.Solidarity && f.Outcome.Approved).Select(f => f.Outcome.ProjectId!.Value.ToString()).ToHashSet();
        var crossBorder = outcomes.Where(f => !f.Solidarity && f.Outcome.Approved).Select(f => f.Outcome.ProjectId!.Value.ToString()).ToHashSet();
        Assert.Equal(FlowsPerService, solidarity.Count);
        Assert.Equal(FlowsPerService, crossBorder.Count);

        // Each approved source in the catalogue exactly once per partner: one solidarity partner, three Interreg partners.
        var mobilityDb = network.Mobility.DatabaseConnectionString!;
        var hosts = await Eventually.Until(
            () => Sql.ColumnAsync(mobilityDb, "SELECT source || '/' || source_id FROM hosts"),
            rows => rows.Count >= solidarity.Count + (3 * crossBorder.Count),
            Patience, "every approval's hosts in Mobility");
        var perSource = hosts.GroupBy(h => h).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(solidarity, id => Assert.Equal(1, perSource.GetValueOrDefault($"Solidarity/{id}")));
        Assert.All(crossBorder, id => Assert.Equal(3, perSource.GetValueOrDefault($"CrossBorder/{id}")));
        Assert.Equal(solidarity.Count + (3 * crossBorder.Count), hosts.Count);

        // And each event was applied once: one inbox row per approval, per consumer; nothing waits in an outbox.
        Assert.Equal(solidarity.Count, await Sql.CountAsync(mobilityDb, "SELECT count(*) FROM inbox_messages WHERE consumer = 'SolidarityProjectApprovedConsumer'"));
        Assert.Equal(crossBorder.Count, await Sql.CountAsync(mobilityDb, "SELECT count(*) FROM inbox_messages WHERE consumer = 'CrossBorderProjectApprovedConsumer'"));
        foreach (var service in new[] { network.Solidarity, network.CrossBorder })
        {
            await Eventually.Until(() => Sql.CountAsync(service.DatabaseConnectionString!, "SELECT count(*) FROM outbox_messages WHERE published_at IS NULL"),
                n => n == 0, Patience, $"{service.Name}'s outbox drained");
        }
    }
}
