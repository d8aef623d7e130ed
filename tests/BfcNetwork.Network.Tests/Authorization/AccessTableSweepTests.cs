using System.Collections.Concurrent;
using System.Diagnostics;
using BfcNetwork.Network.Tests.Authorization.Calls;

namespace BfcNetwork.Network.Tests.Authorization;

/// <summary>
/// The access table, enforced by the services themselves: every endpoint of every service is called
/// directly (not through the gateway) by every principal, each on a fresh resource of organisation
/// A with a valid body, and every status that differs from the table is reported at once.
/// </summary>
[Collection(AuthorizationCollection.Name)]
public sealed class AccessTableSweepTests(AuthorizationNetwork network, ITestOutputHelper output)
{
    /// <summary>Requests in flight at once: enough to overlap I/O waits on two busy cores.</summary>
    private const int Parallelism = 6;

    [Fact]
    public async Task Every_principal_gets_the_status_the_access_table_gives_on_every_endpoint_of_every_service()
    {
        var organisations = await TwoOrganisations.CreateAsync(network.Users);
        var cases = (from rule in AccessTable.Rules from principal in organisations.Principals select (rule, principal)).ToList();
        var mismatches = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = TestContext.Current.CancellationToken },
            async (@case, cancellationToken) =>
            {
                var (rule, principal) = @case;
                if (await network.Users.CheckAsync(rule, principal, organisations, cancellationToken) is { } mismatch)
                {
                    mismatches.Add(mismatch);
                }
            });

        output.WriteLine($"{cases.Count} cases ({AccessTable.Rules.Count} endpoints × {organisations.Principals.Count} principals) in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(mismatches.IsEmpty, $"{mismatches.Count} of {cases.Count} cases differ from the access table:\n{string.Join("\n", mismatches.Order(StringComparer.Ordinal))}");
    }
}
