using BfcNetwork.Network.Tests.Authorization.Calls;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BfcNetwork.Network.Tests.Authorization;

/// <summary>
/// The access table stays the whole truth: it names exactly the endpoints each running service maps
/// (read from the host's <see cref="EndpointDataSource"/>), every row has a call that exercises it,
/// and every principal it names exists.
/// </summary>
[Collection(AuthorizationCollection.Name)]
public sealed class EndpointCompletenessTests(AuthorizationNetwork network)
{
    [Fact]
    public void The_access_table_names_exactly_the_endpoints_each_service_maps()
    {
        var problems = new List<string>();
        foreach (var service in network.Network.Services)
        {
            var mapped = MappedEndpoints(service.Services).ToHashSet();
            var declared = AccessTable.Rules.Where(r => r.Service == service.Name).Select(r => r.Endpoint).ToList();
            problems.AddRange(declared.GroupBy(e => e).Where(g => g.Count() > 1).Select(g => $"{service.Name} {g.Key}: declared twice"));
            problems.AddRange(mapped.Except(declared).Select(e => $"{service.Name} {e}: mapped but missing from the access table"));
            problems.AddRange(declared.Except(mapped).Select(e => $"{service.Name} {e}: in the access table but not mapped"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Every_row_has_a_call_and_names_only_principals_of_the_sweep()
    {
        var principals = Principal.All(Organisation.Random("A"), Organisation.Random("B"));
        var problems = EndpointCalls.Unmatched(AccessTable.Rules)
            .Concat(AccessTable.Rules.SelectMany(r => r.UnknownNames(principals).Select(name => $"{r}: unknown principal '{name}'")))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.All(AccessTable.Rules, rule => Assert.All(principals, principal => rule.Expected(principal)));
    }

    /// <summary>Every route endpoint as "METHOD /template"; an endpoint mapped for any method (health probes) is "ANY".</summary>
    private static IEnumerable<string> MappedEndpoints(IServiceProvider services) =>
        from endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        let route = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/')
        from method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]
        select $"{method} {route}";
}
