using BfcNetwork.BuildingBlocks.Hosting;

namespace BfcNetwork.Network.Tests.Authorization.Calls;

/// <summary>Finds, for a row of the <see cref="AccessTable"/>, how to arrange and call it.</summary>
public static class EndpointCalls
{
    private static readonly IReadOnlyDictionary<string, Func<TwoOrganisations, Task<EndpointCall>>> Plumbing = new Dictionary<string, Func<TwoOrganisations, Task<EndpointCall>>>
    {
        ["ANY /health"] = _ => Task.FromResult(EndpointCall.Plain),
        ["ANY /alive"] = _ => Task.FromResult(EndpointCall.Plain),
        ["GET /openapi/{documentName}.json"] = _ => Task.FromResult(EndpointCall.Plain with { RouteValues = new Dictionary<string, string> { ["documentName"] = "v1" } }),
    };

    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, Func<TwoOrganisations, Task<EndpointCall>>>> ByService =
        new Dictionary<string, IReadOnlyDictionary<string, Func<TwoOrganisations, Task<EndpointCall>>>>
        {
            [ResourceNames.Solidarity] = SolidarityCalls.All,
            [ResourceNames.CrossBorder] = CrossBorderCalls.All,
            [ResourceNames.Investment] = InvestmentCalls.All,
            [ResourceNames.Mobility] = MobilityCalls.All,
        };

    /// <summary>Arranges a fresh resource of organisation A for <paramref name="rule"/> and gives the request that addresses it.</summary>
    public static Task<EndpointCall> ArrangeAsync(AccessRule rule, TwoOrganisations organisations) =>
        (Plumbing.GetValueOrDefault(rule.Endpoint) ?? ByService[rule.Service].GetValueOrDefault(rule.Endpoint)
            ?? throw new InvalidOperationException($"{rule}: no call is written for this row; add one to the service's *Calls."))(organisations);

    /// <summary>The rows that have no call, and the calls that have no row.</summary>
    public static IEnumerable<string> Unmatched(IEnumerable<AccessRule> rules)
    {
        var rows = rules.ToList();
        foreach (var rule in rows.Where(r => !Plumbing.ContainsKey(r.Endpoint) && !ByService[r.Service].ContainsKey(r.Endpoint)))
        {
            yield return $"{rule}: row without a call";
        }

        foreach (var (service, calls) in ByService)
        {
            foreach (var endpoint in calls.Keys.Where(e => !rows.Any(r => r.Service == service && r.Endpoint == e)))
            {
                yield return $"{service} {endpoint}: call without a row";
            }
        }
    }
}
