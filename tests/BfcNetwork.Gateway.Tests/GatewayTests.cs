using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;

namespace BfcNetwork.Gateway.Tests;

public sealed class GatewayTests(EchoBackend backend) : IClassFixture<EchoBackend>
{
    private ServiceFactory<Program> Gateway(Uri solidarity, int permits = 1000, long maxBody = 1024 * 1024) => new(new Dictionary<string, string?>
    {
        [ResourceNames.HttpEndpointKey(ResourceNames.Solidarity)] = solidarity.ToString().TrimEnd('/'),
        ["Gateway:RateLimitPermits"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Gateway:MaxRequestBodyBytes"] = maxBody.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private static HttpClient WithToken(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Requests_without_a_valid_token_are_refused_before_they_reach_the_service()
    {
        await using var gateway = Gateway(backend.Address);
        var marker = Guid.NewGuid().ToString("N");

        var anonymous = await gateway.CreateClient().GetAsync($"/api/solidarity/projects?marker={marker}");
        var forged = await WithToken(gateway.CreateClient(), TestTokens.Forged(Roles.RegionalOfficer)).GetAsync($"/api/solidarity/projects?marker={marker}");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.DoesNotContain(backend.Received, r => r.PathAndQuery.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Public_routes_are_forwarded_without_a_token()
    {
        await using var gateway = Gateway(backend.Address);

        var response = await gateway.CreateClient().GetAsync("/api/solidarity/public/projects?country=MG");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(backend.Received, r => r.PathAndQuery == "/api/solidarity/public/projects?country=MG");
    }

    [Fact]
    public async Task Authenticated_requests_reach_the_service_unchanged_with_their_token_and_trace_context()
    {
        await using var gateway = Gateway(backend.Address);
        var token = TestTokens.Coordinator("amadea-franche-comte");
        var traceId = ActivityTraceId.CreateRandom();
        var client = WithToken(gateway.CreateClient(), token);
        client.DefaultRequestHeaders.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var response = await client.GetAsync("/api/solidarity/projects/42/history");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = Assert.Single(backend.Received, r => r.PathAndQuery == "/api/solidarity/projects/42/history");
        Assert.Equal($"Bearer {token}", forwarded.Authorization);
        Assert.Contains(traceId.ToString(), forwarded.TraceParent);
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_with_Retry_After_while_others_are_served()
    {
        await using var gateway = Gateway(backend.Address, permits: 3);
        var greedy = WithToken(gateway.CreateClient(), TestTokens.Coordinator("greedy"));
        var polite = WithToken(gateway.CreateClient(), TestTokens.Coordinator("polite"));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await greedy.GetAsync("/api/solidarity/projects"));
        }

        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        var refused = answers.Last();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await polite.GetAsync("/api/solidarity/projects")).StatusCode);
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_with_413_and_not_forwarded()
    {
        await using var gateway = Gateway(backend.Address, maxBody: 1000);
        var client = WithToken(gateway.CreateClient(), TestTokens.Coordinator("bulky"));
        var marker = Guid.NewGuid().ToString("N");

        var response = await client.PostAsync($"/api/solidarity/projects?marker={marker}", new StringContent(new string('x', 5000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(backend.Received, r => r.PathAndQuery.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_service_that_is_down_gives_a_prompt_502_problem()
    {
        var nobodyListens = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        await using var gateway = Gateway(nobodyListens);
        var client = WithToken(gateway.CreateClient(), TestTokens.RegionalOfficer());
        var clock = Stopwatch.StartNew();

        var response = await client.GetAsync("/api/solidarity/projects");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(502, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_signing_key_too_short_for_HS256_stops_the_gateway_at_start_up()
    {
        await using var gateway = new ServiceFactory<Program>(new Dictionary<string, string?>
        {
            [BfcAuthenticationOptions.SigningKeyKey] = "too-short",
        });

        var failure = Assert.ThrowsAny<Exception>(() => gateway.CreateClient());

        Assert.Contains("at least 32 bytes", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateway_has_its_own_health_endpoints()
    {
        await using var gateway = Gateway(new Uri($"http://127.0.0.1:{FreePorts.Next()}"));

        Assert.Equal(HttpStatusCode.OK, (await gateway.CreateClient().GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gateway.CreateClient().GetAsync("/alive")).StatusCode);
    }
}
