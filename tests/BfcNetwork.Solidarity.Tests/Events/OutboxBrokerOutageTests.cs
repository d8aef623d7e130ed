using System.Net;
using BfcNetwork.Contracts;
using BfcNetwork.Solidarity.Apis.Models;
using BfcNetwork.Solidarity.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Messaging;
using Npgsql;

namespace BfcNetwork.Solidarity.Tests.Events;

/// <summary>Uses its own RabbitMQ node, since it stops it.</summary>
public sealed class OutboxBrokerOutageTests(TestServers servers)
{
    [Fact]
    public async Task An_approval_made_while_RabbitMQ_is_down_is_published_once_it_is_back()
    {
        await using var broker = await RabbitMqServer.StartAsync(TestContext.Current.CancellationToken);
        await using var api = await SolidarityApi.StartAsync(servers.NewDatabaseConnectionString("outbox_outage"), broker.ConnectionString);
        await using var queue = await IntegrationEventQueue.BindAsync(broker.ConnectionString, typeof(SolidarityProjectApproved));
        var association = await api.NewAssociationAsync();
        var coordinator = api.Coordinator(association);
        var (project, _) = await api.CreateProjectAsync(coordinator);
        await api.SubmitAsync(coordinator, project.Id);

        await broker.StopAsync();
        var approval = await api.DecideAsync(project.Id, new DecisionRequest("approve", 7_000m, "Approved during the outage"));

        await Expect.StatusAsync(approval, HttpStatusCode.OK);
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        Assert.Equal(1, await UnpublishedEventsAsync(api, project.Id));

        await broker.StartAgainAsync(TestContext.Current.CancellationToken);

        var delivered = await queue.WaitForAsync<SolidarityProjectApproved>(e => e.ProjectId == project.Id, TimeSpan.FromSeconds(60));
        Assert.Equal(7_000m, delivered.Message.GrantedAmountEur);
        await Eventually.Until(() => UnpublishedEventsAsync(api, project.Id), n => n == 0, TimeSpan.FromSeconds(20), "marked published");
        Assert.Single(await queue.AllAsync<SolidarityProjectApproved>(e => e.ProjectId == project.Id));
    }

    private static async Task<long> UnpublishedEventsAsync(SolidarityApi api, Guid projectId)
    {
        await using var connection = new NpgsqlConnection(api.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM outbox_messages WHERE aggregate_id = @id AND published_at IS NULL", connection);
        command.Parameters.AddWithValue("id", projectId.ToString());
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
