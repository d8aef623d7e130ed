using System.Diagnostics;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.Network.Tests.Fuzzing.Seeds;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>
/// Every operation of every service's OpenAPI document, sent malformed input of every kind, must
/// answer a problem-details 4xx, never a 5xx or a success, and must write nothing.
/// </summary>
public sealed class BadInputFuzzTests(TestServers servers)
{
    /// <summary>Fixed so a failure replays; set BFC_FUZZ_SEED to try another.</summary>
    private const int DefaultSeed = 20261124;

    private const int MinimumRequests = 10_000;

    private const int Concurrency = 6;

    [Fact]
    public async Task Malformed_input_to_every_operation_is_refused_with_problem_details_and_writes_nothing()
    {
        var output = TestContext.Current.TestOutputHelper!;
        var cancellationToken = TestContext.Current.CancellationToken;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BFC_FUZZ_SEED"), out var chosen) ? chosen : DefaultSeed;
        output.WriteLine($"fuzz seed {seed} (replay with BFC_FUZZ_SEED={seed})");

        var clock = Stopwatch.StartNew();
        // The per-client rate limit would answer most of the gateway's share with 429; it has tests of its own.
        await using var network = await TestNetwork.StartAsync(servers, (name, settings) =>
        {
            if (name == ResourceNames.Gateway)
            {
                settings["Gateway:RateLimitPermits"] = "1000000";
            }
        });
        var seeds = new[]
        {
            await SolidaritySeeds.CreateAsync(network.Solidarity),
            await CrossBorderSeeds.CreateAsync(network.CrossBorder),
            await InvestmentSeeds.CreateAsync(network.Investment),
            await MobilitySeeds.CreateAsync(network.Mobility),
        }.ToDictionary(s => s.Service);

        var operations = new List<(ApiOperation, OperationSeed)>();
        foreach (var service in network.Services)
        {
            foreach (var operation in await OpenApiOperations.ReadAsync(service.Name, service.Client(), cancellationToken))
            {
                operations.Add((operation, seeds[service.Name].For(operation)));
            }
        }

        var before = await QuietRowCountsAsync(network, cancellationToken);
        var setup = clock.Elapsed;

        var report = new FuzzReport();
        var clients = network.Services.ToDictionary(s => s.Name, s => Bounded(s.Client()));
        var sender = new FuzzSender(clients, Bounded(network.ThroughGateway()), report);
        var cases = new FuzzCases(operations, seed);
        clock.Restart();
        await Parallel.ForEachAsync(cases.Generate(MinimumRequests), new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            (fuzzCase, token) => new ValueTask(sender.SendAsync(fuzzCase, token)));
        var sending = clock.Elapsed;

        var after = await QuietRowCountsAsync(network, cancellationToken);
        var writes = network.Services.SelectMany(s => DatabaseRowCounts.Differences(before[s.Name], after[s.Name]).Select(d => $"{s.Name} {d}")).ToList();

        output.WriteLine($"{operations.Count} operations, {cases.Rounds} rounds; setup {setup.TotalSeconds:0.0} s, sending {sending.TotalSeconds:0.0} s ({report.Total / sending.TotalSeconds:0} requests/s)");
        output.WriteLine(report.Summary());
        foreach (var failure in report.Failures.Take(200))
        {
            output.WriteLine(failure);
        }

        foreach (var write in writes)
        {
            output.WriteLine($"row count changed: {write}");
        }

        Assert.True(report.Total >= MinimumRequests, $"Only {report.Total} requests were sent.");
        Assert.True(report.Failures.Count == 0, $"{report.Failures.Count} responses broke the pass condition, first: {report.Failures.FirstOrDefault()}");
        Assert.True(writes.Count == 0, $"Rejected requests changed row counts: {string.Join("; ", writes)}");
    }

    private static HttpClient Bounded(HttpClient client)
    {
        client.Timeout = TimeSpan.FromSeconds(30);
        return client;
    }

    /// <summary>
    /// Row counts of every database once two readings a moment apart agree: the outbox and
    /// Mobility's consumers may still be settling what the seeds started.
    /// </summary>
    private static async Task<Dictionary<string, IReadOnlyDictionary<string, long>>> QuietRowCountsAsync(TestNetwork network, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var previous = await RowCountsAsync(network, cancellationToken);
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            var current = await RowCountsAsync(network, cancellationToken);
            if (current.All(s => !DatabaseRowCounts.Differences(previous[s.Key], s.Value).Any()) || DateTime.UtcNow > deadline)
            {
                return current;
            }

            previous = current;
        }
    }

    private static async Task<Dictionary<string, IReadOnlyDictionary<string, long>>> RowCountsAsync(TestNetwork network, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, IReadOnlyDictionary<string, long>>();
        foreach (var service in network.Services)
        {
            counts[service.Name] = await DatabaseRowCounts.CountAsync(service.DatabaseConnectionString!, cancellationToken);
        }

        return counts;
    }
}
