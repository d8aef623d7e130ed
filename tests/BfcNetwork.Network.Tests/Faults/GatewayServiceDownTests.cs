using System.Diagnostics;
using System.Net;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;

namespace BfcNetwork.Network.Tests.Faults;

/// <summary>
/// A service behind the gateway is down, or up but hung: the caller gets a problem-details answer
/// from the gateway within a bounded time, never a hang, and the other services keep answering.
/// The gateway runs with its shipped configuration (the clusters' activity timeout included).
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class GatewayServiceDownTests(TestServers servers)
{
    private static readonly TimeSpan RefusedBound = TimeSpan.FromSeconds(10);

    // The shipped ActivityTimeout is 30 s; the margin absorbs a busy machine.
    private static readonly TimeSpan HungBound = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task A_stopped_service_gives_a_prompt_502_problem_and_its_neighbours_still_answer()
    {
        await using var network = await TestNetwork.StartAsync(servers);
        var coordinator = network.ThroughGateway(TestTokens.For(Roles.MobilityCoordinator, "cfa-besancon"));
        await Expect.StatusAsync(await coordinator.GetAsync("/api/mobility/exchanges"), HttpStatusCode.OK);

        await network.Mobility.StopAsync();
        var clock = Stopwatch.StartNew();
        var response = await coordinator.GetAsync("/api/mobility/exchanges");
        var took = clock.Elapsed;

        await Expect.ProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.True(took < RefusedBound, $"The gateway took {took} to answer.");
        await Expect.StatusAsync(await network.ThroughGateway(TestTokens.RegionalOfficer()).GetAsync("/api/solidarity/projects"), HttpStatusCode.OK);

        // Back on the same port, reached again without touching the gateway.
        await network.StartMobilityAsync();
        await Expect.StatusAsync(await coordinator.GetAsync("/api/mobility/exchanges"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_service_that_accepts_connections_but_never_answers_gives_a_bounded_504_problem()
    {
        await using var hung = new SilentListener();
        await using var network = await TestNetwork.StartAsync(servers, (service, settings) =>
        {
            if (service == ResourceNames.Gateway)
            {
                settings[ResourceNames.HttpEndpointKey(ResourceNames.Investment)] = hung.Address.ToString().TrimEnd('/');
            }
        });
        var client = network.ThroughGateway(TestTokens.For(Roles.InvestmentOfficer, null));
        client.Timeout = HungBound + TimeSpan.FromSeconds(30);

        var clock = Stopwatch.StartNew();
        var response = await client.GetAsync("/api/investment/leads");
        var took = clock.Elapsed;

        await Expect.ProblemAsync(response, HttpStatusCode.GatewayTimeout);
        Assert.True(took < HungBound, $"The gateway took {took} to answer.");
        Assert.True(hung.Accepted > 0, "The gateway never reached the hung service.");
        await Expect.StatusAsync(await network.ThroughGateway(TestTokens.RegionalOfficer()).GetAsync("/api/solidarity/projects"), HttpStatusCode.OK);
    }
}
