using BfcNetwork.BuildingBlocks.Inbox;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Infrastructure;
using BfcNetwork.Mobility.Tests.Support;
using BfcNetwork.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace BfcNetwork.Mobility.Tests.Consumers;

/// <summary>The Mobility service goes down with messages queued and comes back on the same database and queues.</summary>
public sealed class ConsumerRestartTests(TestServers servers)
{
    private const int Leads = 40;

    [Fact]
    public async Task Every_message_queued_across_a_restart_is_applied_exactly_once()
    {
        var database = servers.NewDatabaseConnectionString("mobility-restart");
        var prefix = $"test-{Guid.NewGuid():N}";
        var first = await MobilityApi.StartAsync(database, servers.RabbitMqConnectionString, prefix);
        var leads = Enumerable.Range(0, Leads).Select(_ => (LeadId: Guid.NewGuid(), MessageId: NewId.NextGuid())).ToList();

        var publisher = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(servers.RabbitMqUri));
        await publisher.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            // Half while the service runs, and it is stopped at once, mid-stream.
            foreach (var lead in leads.Take(Leads / 2))
            {
                await publisher.Publish(Messages.LeadWon(lead.LeadId, $"Company {lead.LeadId:N}", "Dole"), context => context.MessageId = lead.MessageId);
            }

            await first.DisposeAsync();

            // The other half, and every message again with the same id, while it is down: they wait in its durable queue.
            foreach (var lead in leads.Skip(Leads / 2).Concat(leads))
            {
                await publisher.Publish(Messages.LeadWon(lead.LeadId, $"Company {lead.LeadId:N}", "Dole"), context => context.MessageId = lead.MessageId);
            }
        }
        finally
        {
            await publisher.StopAsync(TestContext.Current.CancellationToken);
        }

        var second = await MobilityApi.StartAsync(database, servers.RabbitMqConnectionString, prefix);
        try
        {
            var ours = leads.Select(l => l.LeadId.ToString()).ToList();
            await Eventually.Until(() => second.WithDbAsync(db => db.Hosts.CountAsync(h => ours.Contains(h.SourceId))), n => n >= Leads, TimeSpan.FromSeconds(60), "every lead catalogued");
            await Eventually.Until(() => ReadyMessagesAsync($"{prefix}-investor-lead-won"), n => n == 0, TimeSpan.FromSeconds(60), "the queue drained");
        }
        finally
        {
            // A graceful stop lets deliveries in flight finish before the counts are read.
            await second.DisposeAsync();
        }

        await using var db = new MobilityDbContext(new DbContextOptionsBuilder<MobilityDbContext>().UseNpgsql(database).UseSnakeCaseNamingConvention().Options);
        // Other test classes publish won leads on the same broker, and this queue receives them too: count ours only.
        var leadIds = leads.Select(l => l.LeadId.ToString()).ToList();
        var messageIds = leads.Select(l => l.MessageId).ToList();
        var hosts = await db.Hosts.Where(h => h.Source == HostSource.Investment && leadIds.Contains(h.SourceId)).Select(h => h.SourceId).ToListAsync();
        var inbox = await db.Set<InboxMessage>().Where(m => messageIds.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync();
        Assert.Equal((Leads, Leads), (hosts.Count, inbox.Count));
        Assert.Equal(leadIds.ToHashSet(), hosts.ToHashSet());
        Assert.Equal(messageIds.ToHashSet(), inbox.ToHashSet());
    }

    private async Task<uint> ReadyMessagesAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = servers.RabbitMqUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }
}
