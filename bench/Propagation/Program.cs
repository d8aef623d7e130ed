using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BfcNetwork.BuildingBlocks.Auth;
using Microsoft.Extensions.Configuration;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

// Event propagation, Solidarity → RabbitMQ → Mobility, on the services bench/run.sh started as
// their own processes: for each approval, the time from the HTTP response of the approving request
// to the host row in mobilitydb; then, as the floor, raw RabbitMQ publish → consume round trips on
// the same broker. Loopback only, every wait bounded.
//
//   Propagation APPROVALS     with BENCH_SOLIDARITY_URL, BENCH_SOLIDARITY_BODY (a project body with
//                             @ID@ placeholders), BENCH_MOBILITY_DB, BENCH_AMQP_URI and the
//                             services' Authentication__* settings in the environment.
//
// Prints on stdout one line per series, "approval|floor COUNT P50 P95 P99 MAX" (milliseconds), for
// bench/run.sh to parse; progress goes to stderr.
var approvals = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var warmup = Math.Min(30, approvals);
var pollTimeout = TimeSpan.FromSeconds(10);

var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
string Required(string key) => configuration[key] ?? throw new InvalidOperationException($"Set {key}.");
var solidarityUrl = new Uri(Required("BENCH_SOLIDARITY_URL"));
var mobilityDb = Required("BENCH_MOBILITY_DB");
var projectTemplate = await File.ReadAllTextAsync(Required("BENCH_SOLIDARITY_BODY"));
var broker = new Uri(Required("BENCH_AMQP_URI"));
var authentication = configuration.GetSection(BfcAuthenticationOptions.SectionName).Get<BfcAuthenticationOptions>()
    ?? throw new InvalidOperationException("Set Authentication__SigningKey, Authentication__Issuer and Authentication__Audience as the services have them.");

using var http = new HttpClient { BaseAddress = solidarityUrl, Timeout = TimeSpan.FromSeconds(30) };
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
var association = $"bench-{Guid.NewGuid():N}"[..16];
var officerToken = DevelopmentTokens.Create(authentication, "bench-officer", [Roles.RegionalOfficer]);
var coordinatorToken = DevelopmentTokens.Create(authentication, "bench-coordinator", [Roles.Coordinator], association);
(await Send(HttpMethod.Post, "/api/solidarity/associations", officerToken, new { id = association, name = $"Association {association}", city = "Besançon" }))
    .EnsureSuccessStatusCode();

await using var probe = new NpgsqlConnection(mobilityDb);
await probe.OpenAsync();
await using var visible = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM hosts WHERE source = 'Solidarity' AND source_id = @id)", probe);
var idParameter = new NpgsqlParameter<string>("id", "");
visible.Parameters.Add(idParameter);
await visible.PrepareAsync();

Console.Error.WriteLine($"propagation: {warmup} warm-up approvals, then {approvals} measured");
var latencies = new List<double>(approvals);
for (var i = 0; i < warmup + approvals; i++)
{
    var projectId = await SubmittedProjectAsync(i);
    using var decision = await Send(HttpMethod.Post, $"/api/solidarity/projects/{projectId}/decision", officerToken,
        new { outcome = "approve", grantAmount = 9_000m, comment = "Granted" });
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

    if (i >= warmup)
    {
        latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
}

Console.Error.WriteLine($"propagation: floor, {approvals} raw publish → consume round trips on the same RabbitMQ");
var floor = await RawRoundTripsAsync(broker, warmup, approvals);

Console.WriteLine(Line("approval", latencies));
Console.WriteLine(Line("floor", floor));
return 0;

Task<HttpResponseMessage> Send(HttpMethod method, string path, string token, object? body) =>
    SendContent(method, path, token, body is null ? null : JsonContent.Create(body, options: json));

Task<HttpResponseMessage> SendJson(HttpMethod method, string path, string token, string body) =>
    SendContent(method, path, token, new StringContent(body, Encoding.UTF8, "application/json"));

async Task<HttpResponseMessage> SendContent(HttpMethod method, string path, string token, HttpContent? content)
{
    using var request = new HttpRequestMessage(method, path) { Content = content };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    return await http.SendAsync(request);
}

async Task<Guid> SubmittedProjectAsync(int index)
{
    // The same body the throughput runs post (bench/bodies/solidarity.json), unique per approval.
    using var created = await SendJson(HttpMethod.Post, "/api/solidarity/projects", coordinatorToken, projectTemplate.Replace("@ID@", $"{association} {index}", StringComparison.Ordinal));
    created.EnsureSuccessStatusCode();
    using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
    var id = body.RootElement.GetProperty("id").GetGuid();
    using var submitted = await Send(HttpMethod.Post, $"/api/solidarity/projects/{id}/submit", coordinatorToken, null);
    submitted.EnsureSuccessStatusCode();
    return id;
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

static string Line(string series, List<double> values) => string.Create(CultureInfo.InvariantCulture,
    $"{series} {values.Count} {Percentile(values, 50):F2} {Percentile(values, 95):F2} {Percentile(values, 99):F2} {values.Max():F2}");
