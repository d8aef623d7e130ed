using System.Net;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Network.Tests.Smoke;

/// <summary>The fixture every suite of this project stands on: four services and the gateway, healthy.</summary>
public sealed class NetworkStartsTests(TestServers servers)
{
    [Fact]
    public async Task Every_service_and_the_gateway_report_healthy()
    {
        await using var network = await TestNetwork.StartAsync(servers);

        foreach (var service in network.Services.Append(network.Gateway))
        {
            await Eventually.Until(() => service.Client().GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), $"{service.Name} healthy");
        }
    }
}
