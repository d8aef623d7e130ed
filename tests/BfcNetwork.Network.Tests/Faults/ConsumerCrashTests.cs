using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Messaging;
using BfcNetwork.Contracts;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using MassTransit;

namespace BfcNetwork.Network.Tests.Faults;

/// <summary>
/// The Mobility process is killed (SIGKILL) in the middle of a burst, holding deliveries it has not
/// acknowledged, some of them perhaps already committed. The broker hands them out again; the
/// restarted process applies every message, each once.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class ConsumerCrashTests(TestServers servers)
{
    private const int Burst = 1_000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_consumer_killed_mid_stream_with_unacknowledged_messages_applies_each_once_after_restart()
    {
        await using var rabbit = await RabbitMqServer.StartAsync(TestContext.Current.CancellationToken);
        var database = servers.NewDatabaseConnectionString("crash-mobility");
        var prefix = $"test-{Guid.NewGuid():N}";
        var settings = ServiceSettings.For(ResourceNames.MobilityDatabase, database, rabbit.ConnectionString);
        settings[MessagingOptions.EndpointPrefixKey] = prefix;
        var queue = $"{prefix}-investor-lead-won";

        await using var first = await ServiceProcess.StartAsync("Mobility", settings);
        // A slow catalogue (50 ms a host) keeps the burst going long enough to look at the queue and kill mid-stream.
        await Sql.ExecuteAsync(database, """
            CREATE FUNCTION slow_host_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.05); RETURN NEW; END $$;
            CREATE TRIGGER slow_host_insert BEFORE INSERT ON hosts FOR EACH ROW EXECUTE FUNCTION slow_host_insert();
            """);
        var leads = Enumerable.Range(0, Burst).Select(_ => Guid.NewGuid()).ToList();
        await PublishAsync(rabbit, leads);

        // Mid-stream: some applied, the rest waiting, and deliveries held by the consumer unacknowledged.
        await Eventually.Until(() => AppliedAsync(database), n => n >= 50, Patience, "the consumer under way");
        var beforeKill = await rabbit.QueueDepthAsync(queue);
        await first.KillAsync();
        var appliedAtKill = await AppliedAsync(database);

        Assert.True(beforeKill.Unacknowledged > 0, $"No unacknowledged delivery at the kill: {beforeKill}.");
        Assert.True(beforeKill.Ready > 0 && appliedAtKill < Burst, $"The burst was over before the kill: {beforeKill}, {appliedAtKill} applied.");

        // The broker takes back what the dead consumer held: nothing is lost in between.
        var afterKill = await Eventually.Until(() => rabbit.QueueDepthAsync(queue), d => d.Unacknowledged == 0, Patience, "the deliveries returned to the queue");
        Assert.True(afterKill.Ready + appliedAtKill >= Burst, $"{afterKill.Ready} waiting + {appliedAtKill} applied < {Burst}.");

        await using var second = await ServiceProcess.StartAsync("Mobility", settings);
        await Eventually.Until(() => AppliedAsync(database), n => n >= Burst, Patience, $"all {Burst} messages applied ({second.OutputTail})");
        await Eventually.Until(() => rabbit.QueueDepthAsync(queue), d => d == (0, 0), Patience, "the queue drained");

        TestContext.Current.TestOutputHelper?.WriteLine($"At the kill: {beforeKill.Ready} ready, {beforeKill.Unacknowledged} unacknowledged, {appliedAtKill} applied; after it: {afterKill.Ready} ready.");
        Assert.Equal(Burst, await AppliedAsync(database));
        Assert.Equal(Burst, await Sql.CountAsync(database, "SELECT count(DISTINCT source_id) FROM hosts WHERE source = 'Investment'"));
        Assert.Equal(Burst, await Sql.CountAsync(database, "SELECT count(*) FROM hosts"));
    }

    private static Task<long> AppliedAsync(string database) =>
        Sql.CountAsync(database, "SELECT count(*) FROM inbox_messages WHERE consumer = 'InvestorLeadWonConsumer'");

    private static async Task PublishAsync(RabbitMqServer rabbit, IEnumerable<Guid> leads)
    {
        var publisher = MassTransit.Bus.Factory.CreateUsingRabbitMq(configure => configure.Host(rabbit.Uri));
        await publisher.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            await Task.WhenAll(leads.Select(lead => publisher.Publish(
                new InvestorLeadWon(lead, "ES", "agrifood", "greenfield", "cc-grand-chalon", "Le Grand Chalon", "Chalon-sur-Saône", 120, null, true, null,
                    $"Spanish agrifood company {lead:N}", new DateOnly(2026, 2, 1), DateTimeOffset.UtcNow),
                context => context.MessageId = NewId.NextGuid())));
        }
        finally
        {
            await publisher.StopAsync(TestContext.Current.CancellationToken);
        }
    }
}
