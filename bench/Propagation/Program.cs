extern alias mobility;
extern alias solidarity;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using MassTransit;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using MobilityProgram = mobility::Program;
using SolidarityProgram = solidarity::Program;

// Event propagation, Solidarity → RabbitMQ → Mobility: for each approval, the time from the HTTP
// response of the approving request to the host row in mobilitydb; and, as the floor, a raw
// RabbitMQ publish → consume round trip on the same broker. Loopback only, bounded loops.
var approvals = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
const int Warmup = 30;
var pollTimeout = TimeSpan.FromSeconds(10);

Console.Error.WriteLine("==> starting PostgreSQL and RabbitMQ on 127.0.0.1");
await using var postgres = await PostgresServer.StartAsync();
await using var rabbitMq = await RabbitMqServer.StartAsync();
var solidarityDb = postgres.NewDatabaseConnectionString("bench_solidarity");
var mobilityDb = postgres.NewDatabaseConnectionString("bench_mobility");

Dictionary<string, string?> Settings(string key, string database) => new()
{
    [$"ConnectionStrings:{key}"] = database,
    [$"ConnectionStrings:{ResourceNames.Messaging}"] = rabbitMq.ConnectionString,
    ["Database:ApplyMigrations"] = "true",
    ["Database:SeedDemoData"] = "false",
    ["Logging:LogLevel:Default"] = "Warning",
    ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
};

// WebApplicationFactory finds a service's content root (its appsettings.json) from this variable outside a test project.
var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BFCNETWORK_MOBILITY", Path.Combine(root, "src/BfcNetwork.Mobility"));
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BFCNETWORK_SOLIDARITY", Path.Combine(root, "src/BfcNetwork.Solidarity"));

Console.Error.WriteLine("==> starting Mobility and Solidarity (Release, Kestrel on loopback ports)");
await using var mobilityService = new ServiceFactory<MobilityProgram>(Settings(ResourceNames.MobilityDatabase, mobilityDb), listenOnLoopback: true).Started();
await WaitForBusAsync(mobilityService.Services);
await using var solidarityService = new ServiceFactory<SolidarityProgram>(Settings(ResourceNames.SolidarityDatabase, solidarityDb), listenOnLoopback: true).Started();

using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = solidarityService.PublicAddress };
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
var officerToken = TestTokens.RegionalOfficer();
var association = $"bench-{Guid.NewGuid():N}"[..16];
(await Send(HttpMethod.Post, "/api/solidarity/associations", officerToken, new { id = association, name = $"Association {association}", city = "Besançon" })).EnsureSuccessStatusCode();
var coordinatorToken = TestTokens.Coordinator(association);

await using var probe = new NpgsqlConnection(mobilityDb);
await probe.OpenAsync();
await using var visible = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM hosts WHERE source = 'Solidarity' AND source_id = @id)", probe);
var idParameter = new NpgsqlParameter<string>("id", "");
visible.Parameters.Add(idParameter);
await visible.PrepareAsync();

Console.Error.WriteLine($"==> {Warmup} warm-up approvals, then {approvals} measured");
var latencies = new List<double>(approvals);
for (var i = 0; i < Warmup + approvals; i++)
{
    var projectId = await SubmittedProjectAsync(i);
    var decision = await Send(HttpMethod.Post, $"/api/solidarity/projects/{projectId}/decision", officerToken, new { outcome = "approve", grantAmount = 9_000m, comment = "Granted" });
    var start = Stopwatch.GetTimestamp();
    decision.EnsureSuccessStatusCode();
    idParameter.TypedValue = projectId.ToString();
    while (!(bool)(await visible.ExecuteScalarAsync())!)
    {
        if (Stopwatch.GetElapsedTime(start) > pollTimeout)
        {
            throw new TimeoutException($"Project {projectId}'s host not visible in mobilitydb after {pollTimeout}.");
        }
    }

    if (i >= Warmup)
    {
        latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
}

Console.Error.WriteLine($"==> floor: {approvals} raw publish → consume round trips on the same RabbitMQ");
var floor = await RawRoundTripsAsync(rabbitMq.Uri, Warmup, approvals);

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"approvals measured: {latencies.Count} (after {Warmup} warm-up), floor round trips: {floor.Count}");
report.AppendLine("| | p50 | p95 | p99 | max |");
report.AppendLine("|---|---|---|---|---|");
report.AppendLine(Row("approval → host visible in mobilitydb", latencies));
report.AppendLine(Row("raw RabbitMQ publish → consume (floor)", floor));
report.AppendLine(CultureInfo.InvariantCulture, $"ratio p50: {Percentile(latencies, 50) / Percentile(floor, 50):F1}×, p99: {Percentile(latencies, 99) / Percentile(floor, 99):F1}×");
Console.WriteLine(report.ToString());
return 0;

async Task<HttpResponseMessage> Send(HttpMethod method, string path, string token, object? body)
{
    using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: json) };
    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    return await http.SendAsync(request);
}

async Task<Guid> SubmittedProjectAsync(int index)
{
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var created = await Send(HttpMethod.Post, "/api/solidarity/projects", coordinatorToken, new
    {
        title = $"Solar fruit dryers {index}",
        summary = "Solar dryers so the cooperative can sell dried physalis out of season.",
        beneficiaryCountry = "MG",
        localPartners = new[] { new { name = $"Coopérative des producteurs de physalis {index}", country = "MG", agreementSigned = true } },
        sdgs = new[] { 2, 7 },
        dacSectors = new[] { "31194" },
        startDate = today.AddMonths(3),
        endDate = today.AddMonths(15),
        hasAwarenessAction = false,
        involvesInternationalVolunteers = false,
        budget = new
        {
            eligibleCosts = 20_000m,
            ownFunds = 2_000m,
            requestedGrant = 10_000m,
            coFunders = new[] { new { name = "Fondation de France", amount = 8_000m, status = "committed" } },
        },
    });
    created.EnsureSuccessStatusCode();
    using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
    var id = body.RootElement.GetProperty("id").GetGuid();
    (await Send(HttpMethod.Post, $"/api/solidarity/projects/{id}/submit", coordinatorToken, null)).EnsureSuccessStatusCode();
    return id;
}

static async Task WaitForBusAsync(IServiceProvider services)
{
    var bus = (IBusControl)services.GetService(typeof(IBusControl))!;
    var health = await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
    if (health != BusHealthStatus.Healthy)
    {
        throw new InvalidOperationException($"Mobility's bus is {health}.");
    }
}

static async Task<List<double>> RawRoundTripsAsync(Uri broker, int warmup, int count)
{
    var factory = new ConnectionFactory { Uri = broker };
    await using var publisherConnection = await factory.CreateConnectionAsync();
    await using var consumerConnection = await factory.CreateConnectionAsync();
    await using var publisher = await publisherConnection.CreateChannelAsync();
    await using var consumerChannel = await consumerConnection.CreateChannelAsync();
    // Durable and persistent like MassTransit's endpoints, so the floor pays the same broker costs.
    var queue = (await consumerChannel.QueueDeclareAsync($"bench-floor-{Guid.NewGuid():N}", durable: true, exclusive: false, autoDelete: true)).QueueName;
    TaskCompletionSource? arrived = null;
    var consumer = new AsyncEventingBasicConsumer(consumerChannel);
    consumer.ReceivedAsync += async (_, delivery) =>
    {
        await consumerChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        arrived!.TrySetResult();
    };
    await consumerChannel.BasicConsumeAsync(queue, autoAck: false, consumer);
    var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
    var payload = Encoding.UTF8.GetBytes("{\"projectId\":\"00000000-0000-0000-0000-000000000000\"}");
    var results = new List<double>(count);
    for (var i = 0; i < warmup + count; i++)
    {
        arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = Stopwatch.GetTimestamp();
        await publisher.BasicPublishAsync("", queue, mandatory: false, properties, payload);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        if (i >= warmup)
        {
            results.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    return results;
}

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count);
    return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
}

static string Row(string what, List<double> values) => string.Create(CultureInfo.InvariantCulture,
    $"| {what} | {Percentile(values, 50):F2} ms | {Percentile(values, 95):F2} ms | {Percentile(values, 99):F2} ms | {values.Max():F2} ms |");
