using System.Net;
using BfcNetwork.Solidarity.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Solidarity.Tests.Health;

/// <summary>Uses its own PostgreSQL server, since it stops it.</summary>
public sealed class DatabaseOutageTests(TestServers servers)
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Health_turns_unhealthy_while_PostgreSQL_is_down_and_recovers_without_a_restart()
    {
        await using var postgres = await PostgresServer.StartAsync(TestContext.Current.CancellationToken);
        await using var api = await SolidarityApi.StartAsync(postgres.NewDatabaseConnectionString("health"), servers.RabbitMqConnectionString);
        var probe = api.Anonymous();
        await Eventually.Until(() => probe.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, Recovery, "healthy at start");
        var association = await api.NewAssociationAsync();

        await postgres.StopAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await probe.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/alive")).StatusCode);
        await Expect.ProblemAsync(await api.Officer().GetAsync("/api/solidarity/projects"), HttpStatusCode.ServiceUnavailable);

        await postgres.StartAgainAsync(TestContext.Current.CancellationToken);

        await Eventually.Until(() => probe.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, Recovery, "healthy again");
        await Eventually.Until(() => api.Coordinator(association).GetAsync("/api/solidarity/projects"),
            r => r.StatusCode == HttpStatusCode.OK, Recovery, "serving again");
    }
}
