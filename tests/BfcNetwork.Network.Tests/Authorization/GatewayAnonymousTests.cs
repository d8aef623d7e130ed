using System.Net;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Network.Tests.Authorization;

/// <summary>
/// The gateway's own check, in front of the services': an anonymous request to any API endpoint is
/// refused with 401 by the gateway itself, before forwarding, except on the public routes. Proven by
/// stopping the services: the refusals stay 401, while public routes, which are forwarded, fail.
/// </summary>
public sealed class GatewayAnonymousTests(TestServers servers)
{
    [Fact]
    public async Task Anonymous_requests_are_refused_by_the_gateway_before_forwarding_except_on_public_routes()
    {
        await using var network = await TestNetwork.StartAsync(servers);
        var anonymous = network.ThroughGateway();
        var rows = AccessTable.Rules.Where(r => r.Route.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        var mismatches = new List<string>();

        foreach (var rule in rows)
        {
            using var response = await anonymous.SendAsync(AnyResource(rule).ToRequest(rule), TestContext.Current.CancellationToken);
            var expected = rule.IsPublic ? HttpStatusCode.OK : HttpStatusCode.Unauthorized;
            if (response.StatusCode != expected)
            {
                mismatches.Add($"{rule} through the gateway, services up: expected {(int)expected}, got {(int)response.StatusCode}");
            }
        }

        foreach (var service in network.Services)
        {
            await service.StopAsync();
        }

        foreach (var rule in rows)
        {
            using var response = await anonymous.SendAsync(AnyResource(rule).ToRequest(rule), TestContext.Current.CancellationToken);
            var forwarded = (int)response.StatusCode >= 500;
            if (rule.IsPublic != forwarded || (!rule.IsPublic && response.StatusCode != HttpStatusCode.Unauthorized))
            {
                mismatches.Add($"{rule} through the gateway, services down: got {(int)response.StatusCode}, "
                    + (rule.IsPublic ? "a public route must be forwarded" : "expected 401 from the gateway itself"));
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    /// <summary>Any resource will do: the answer must not depend on it.</summary>
    private static EndpointCall AnyResource(AccessRule rule) => new(new Dictionary<string, string>
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["partnerId"] = Guid.NewGuid().ToString(),
        ["taskId"] = Guid.NewGuid().ToString(),
        ["proposalId"] = Guid.NewGuid().ToString(),
    });
}
