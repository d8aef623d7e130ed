using BfcNetwork.BuildingBlocks.Messaging;
using BfcNetwork.Contracts;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace BfcNetwork.Network.Tests.Faults;

/// <summary>
/// A message Mobility cannot apply, whatever the number of attempts (here a database rule that
/// rejects its host, standing for any cause an operator must fix), is retried, parked in the
/// _error queue, counted and logged, and does not hold back the messages behind it. Once the
/// cause is fixed, the replay command puts it back and it is applied once.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class PoisonMessageTests(TestServers servers)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_poison_message_is_parked_counted_and_logged_without_blocking_the_queue_then_replayed_once_fixed()
    {
        using var deadLettered = new MeasuredCounter(DeadLetterMetrics.MeterName, DeadLetterMetrics.DeadLetteredCounterName);
        await using var network = await TestNetwork.StartAsync(servers);
        var logs = CapturedLogs.From(network.Mobility.Services);
        var mobilityDb = network.Mobility.DatabaseConnectionString!;
        var queue = $"{network.MobilityEndpointPrefix}-solidarity-project-approved";
        var bus = network.Solidarity.Services.GetRequiredService<IBus>();

        // The cause: the catalogue refuses this host (a broken rule, a missing grant…) on every attempt.
        await Sql.ExecuteAsync(mobilityDb, """
            CREATE FUNCTION refuse_poisoned_host() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'host % refused', NEW.name; END $$;
            CREATE TRIGGER refuse_poisoned_host BEFORE INSERT ON hosts FOR EACH ROW WHEN (NEW.name LIKE 'Poisoned%') EXECUTE FUNCTION refuse_poisoned_host();
            """);

        var poisonId = NewId.NextGuid();
        await bus.Publish(Approved("Poisoned cooperative"), context => context.MessageId = poisonId);
        var good = Enumerable.Range(1, 5).Select(i => $"Good cooperative {i}").ToList();
        foreach (var name in good)
        {
            await bus.Publish(Approved(name), context => context.MessageId = NewId.NextGuid());
        }

        // Parked after its retries; the good messages behind it went through.
        await Eventually.Until(() => MessagesInAsync(network.Broker, queue + "_error"), n => n == 1, Patience, "the poison message in the error queue");
        await Eventually.Until(() => Sql.CountAsync(mobilityDb, "SELECT count(*) FROM hosts WHERE name LIKE 'Good cooperative%'"), n => n == good.Count, Patience, "the good messages applied");
        Assert.Equal(0, await Sql.CountAsync(mobilityDb, "SELECT count(*) FROM inbox_messages WHERE message_id = $1", poisonId));

        // What the operator sees: the counter, tagged with the queue and the message type, and one error entry.
        Assert.True(deadLettered.Total((DeadLetterMetrics.QueueTag, queue), (DeadLetterMetrics.MessageTypeTag, nameof(SolidarityProjectApproved))) == 1, $"Measured: {deadLettered}");
        var entry = Assert.Single(logs.Entries, e => e.EventId.Id == 4601);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal(poisonId.ToString(), entry.Values["MessageId"]);
        Assert.Equal(queue, entry.Values["Queue"]);
        Assert.Equal(queue + "_error", entry.Values["ErrorQueue"]);
        Assert.Equal(nameof(SolidarityProjectApproved), entry.Values["MessageType"]);
        Assert.Contains("refused", entry.Exception?.ToString(), StringComparison.Ordinal);

        // Fixed, then replayed with the code ./run.sh replay-errors runs: applied once, the error queue empty.
        await Sql.ExecuteAsync(mobilityDb, "DROP TRIGGER refuse_poisoned_host ON hosts");
        var replayed = await ErrorQueueReplay.ReplayAsync(AmqpConnectionString.Parse(network.Broker), queue, TestContext.Current.CancellationToken);

        Assert.Equal(1, replayed);
        await Eventually.Until(() => Sql.CountAsync(mobilityDb, "SELECT count(*) FROM inbox_messages WHERE message_id = $1", poisonId), n => n == 1, Patience, "the replayed message applied");
        Assert.Equal(1, await Sql.CountAsync(mobilityDb, "SELECT count(*) FROM hosts WHERE name = 'Poisoned cooperative'"));
        Assert.Equal(0u, await MessagesInAsync(network.Broker, queue + "_error"));
        Assert.Equal(1, deadLettered.Total((DeadLetterMetrics.QueueTag, queue)));
    }

    private static SolidarityProjectApproved Approved(string partner) => new(
        Guid.NewGuid(), "tandems", $"Project with {partner}", "MG", [2], ["31194"], 9_000m, [new LocalPartnerOrganisation(partner, "MG")], DateTimeOffset.UtcNow);

    private static async Task<uint> MessagesInAsync(string broker, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(broker) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // Not declared yet: MassTransit creates the error queue with the first fault.
            return 0;
        }
    }
}
