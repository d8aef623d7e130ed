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
    public async Task An_approval_made_while_RabbitMQ_is_down_succeeds_and_is_published_once_it_is_back()
    {
        await using var broker = await RabbitMqServer.StartAsync(TestContext.Current.CancellationToken);
        await using var api = await SolidarityApi.StartAsync(servers.NewDatabaseConnectionString("outbox_outage"), broker.ConnectionString);
        await using var queue = await IntegrationEventQueue.BindAsync(broker.ConnectionString, typeof(SolidarityProjectApproved));
        var association = await api.NewAssociationAsync();
        var coordinator = api.Coordinator(association);
        var (project, _) = await api.CreateProjectAsync(coordinator);
        await api.SubmitAsync(coordinator, project.Id);

        await broker.StopAsync();
        await Eventually.Until(() => api.Anonymous().GetAsync("/health"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable,
            TimeSpan.FromSeconds(15), "unhealthy without the broker");
        var approval = await api.DecideAsync(project.Id, new DecisionRequest("approve", 7_000m, "Approved during the outage"));

        await Expect.StatusAsync(approval, HttpStatusCode.OK);
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        Assert.Equal(1, await UnpublishedApprovalsAsync(api, project.Id));

        await broker.StartAgainAsync(TestContext.Current.CancellationToken);

        var delivered = await queue.WaitForAsync<SolidarityProjectApproved>(e => e.ProjectId == project.Id, TimeSpan.FromSeconds(60));
        Assert.Equal(7_000m, delivered.Message.GrantedAmountEur);
        await Eventually.Until(() => UnpublishedApprovalsAsync(api, project.Id), n => n == 0, TimeSpan.FromSeconds(20), "marked published");
        Assert.Single(await queue.AllAsync<SolidarityProjectApproved>(e => e.ProjectId == project.Id));
        await Eventually.Until(() => api.Anonymous().GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(15), "healthy with the broker back");
    }

    private static async Task<long> UnpublishedApprovalsAsync(SolidarityApi api, Guid projectId)
    {
        await using var connection = new NpgsqlConnection(api.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM outbox_messages WHERE aggregate_id = @id AND published_at IS NULL AND message_type LIKE '%.SolidarityProjectApproved,%'", connection);
        command.Parameters.AddWithValue("id", projectId.ToString());
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
