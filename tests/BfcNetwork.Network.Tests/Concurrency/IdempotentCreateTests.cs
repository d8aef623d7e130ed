using System.Net;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static BfcNetwork.Network.Tests.Support.NetworkRequests;

namespace BfcNetwork.Network.Tests.Concurrency;

/// <summary>
/// Every create endpoint of the four services honours <c>Idempotency-Key</c>: fifty copies of one
/// create sent at once under one key make one resource, and all fifty get the same 201.
/// </summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class IdempotentCreateTests(SharedNetwork shared)
{
    private readonly TestNetwork _network = shared.Network;

    public static TheoryData<string> Creates => new(CreateCase.Names);

    [Fact]
    public void Every_endpoint_that_answers_201_is_marked_idempotent()
    {
        foreach (var service in _network.Services)
        {
            var creates = service.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
                .Where(e => e.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Any(p => p.StatusCode == StatusCodes.Status201Created))
                .ToList();

            Assert.NotEmpty(creates);
            Assert.All(creates, e => Assert.True(e.Metadata.GetMetadata<IdempotentCreateMetadata>() is not null,
                $"{service.Name}: POST {e.RoutePattern.RawText} creates without WithIdempotencyKey()"));
        }
    }

    [Theory]
    [MemberData(nameof(Creates))]
    public async Task Fifty_parallel_creates_under_one_key_make_one_resource(string name)
    {
        var create = await CreateCase.ArrangeAsync(name, _network);
        var key = Guid.NewGuid().ToString();

        var responses = await ParallelRequests.SendAtOnceAsync(create.Client, _ => create.Request(key));

        var statuses = string.Join(", ", responses.GroupBy(r => (int)r.StatusCode).Select(g => $"{g.Key} × {g.Count()}"));
        Assert.True(responses.All(r => r.StatusCode == create.Status), $"Expected {ParallelRequests.Count} × {(int)create.Status}, got {statuses}: {await responses[0].Content.ReadAsStringAsync()}");
        Assert.Single(responses, r => !r.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Single((await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))).Distinct());
        Assert.Equal(1, await create.CountCreated());

        var later = await create.Client.SendAsync(create.Request(key));
        await Expect.StatusAsync(later, create.Status);
        Assert.True(later.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(1, await create.CountCreated());
    }

    [Fact]
    public async Task Through_the_gateway_a_retry_replays_and_a_changed_body_is_422()
    {
        var token = await Solidarity.NewCoordinatorAsync(_network.Solidarity);
        var gateway = _network.ThroughGateway(token);
        var key = Guid.NewGuid().ToString();
        var title = Unique("Gateway project");

        var first = await gateway.SendAsync(Json(HttpMethod.Post, "/api/solidarity/projects", Solidarity.Project(title), idempotencyKey: key));
        var retry = await gateway.SendAsync(Json(HttpMethod.Post, "/api/solidarity/projects", Solidarity.Project(title), idempotencyKey: key));
        var changed = await gateway.SendAsync(Json(HttpMethod.Post, "/api/solidarity/projects", Solidarity.Project($"{title} (changed)"), idempotencyKey: key));

        await Expect.StatusAsync(first, HttpStatusCode.Created);
        await Expect.StatusAsync(retry, HttpStatusCode.Created);
        Assert.Equal(["true"], retry.Headers.GetValues(IdempotencyHeaders.Replayed));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        await Expect.ProblemAsync(changed, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, await CreateCase.CountAsync(_network.Solidarity, "SELECT count(*) FROM projects WHERE title LIKE $1 || '%'", title));
    }

    [Fact]
    public async Task Two_users_with_the_same_key_each_create_their_own()
    {
        var key = Guid.NewGuid().ToString();
        var company = Unique("Company");

        var olivia = await _network.Investment.Client(Investment.OfficerToken()).SendAsync(Json(HttpMethod.Post, Investment.Leads, Investment.Lead(company), idempotencyKey: key));
        var oscar = await _network.Investment.Client(Investment.OfficerToken("oscar@investment"))
            .SendAsync(Json(HttpMethod.Post, $"{Investment.Leads}?confirmDuplicate=true", Investment.Lead(company), idempotencyKey: key));

        await Expect.StatusAsync(olivia, HttpStatusCode.Created);
        await Expect.StatusAsync(oscar, HttpStatusCode.Created);
        Assert.False(oscar.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(2, await CreateCase.CountAsync(_network.Investment, "SELECT count(*) FROM leads WHERE company_name = $1", company));
    }

    [Fact]
    public async Task A_refused_create_keeps_no_key_so_the_corrected_one_creates()
    {
        var key = Guid.NewGuid().ToString();
        var officer = _network.Investment.Client(Investment.OfficerToken());

        var refused = await officer.SendAsync(Json(HttpMethod.Post, Investment.Leads, new { originCountry = "ES" }, idempotencyKey: key));
        var corrected = await officer.SendAsync(Json(HttpMethod.Post, Investment.Leads, Investment.Lead(), idempotencyKey: key));

        await Expect.ProblemAsync(refused, HttpStatusCode.BadRequest);
        await Expect.StatusAsync(corrected, HttpStatusCode.Created);
        Assert.False(corrected.Headers.Contains(IdempotencyHeaders.Replayed));
    }

    /// <summary>One create endpoint, arranged: who calls it, with what, and how to count what it made.</summary>
    private sealed record CreateCase(HttpClient Client, Func<string, HttpRequestMessage> Request, HttpStatusCode Status, Func<Task<long>> CountCreated)
    {
        public static readonly string[] Names =
        [
            "solidarity project", "solidarity association", "crossborder project", "crossborder partner",
            "investment lead", "investment activity", "investment task", "investment site proposal",
            "mobility exchange", "mobility participant",
        ];

        public static async Task<CreateCase> ArrangeAsync(string name, TestNetwork network)
        {
            var marker = Unique("marker");
            switch (name)
            {
                case "solidarity project":
                    {
                        var coordinator = network.Solidarity.Client(await Solidarity.NewCoordinatorAsync(network.Solidarity));
                        return Created(coordinator, Solidarity.Projects, Solidarity.Project(marker), network.Solidarity, "SELECT count(*) FROM projects WHERE title = $1", marker);
                    }

                case "solidarity association":
                    return Created(network.Solidarity.Client(Solidarity.OfficerToken()), Solidarity.Associations, Solidarity.Association(marker),
                        network.Solidarity, "SELECT count(*) FROM associations WHERE id = $1", marker);
                case "crossborder project":
                    {
                        var acronym = $"T{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}";
                        return Created(network.CrossBorder.Client(CrossBorder.OfficerToken()), CrossBorder.Projects, CrossBorder.Project(acronym),
                            network.CrossBorder, "SELECT count(*) FROM projects WHERE acronym = $1", acronym);
                    }

                case "crossborder partner":
                    {
                        var officer = network.CrossBorder.Client(CrossBorder.OfficerToken());
                        var project = await SendOkAsync(officer, Json(HttpMethod.Post, CrossBorder.Projects, CrossBorder.ProjectWithPartners()), HttpStatusCode.Created);
                        var path = $"{CrossBorder.Projects}/{project.GetProperty("id").GetGuid()}";
                        var (_, etag) = await GetAsync(officer, path);
                        var partner = CrossBorder.Partner(marker, "ADDED", "FR", "39", "association", "partner", null);
                        // The key serialises the copies: each waits for the first, then replays its 200 instead of meeting a stale If-Match.
                        return new CreateCase(officer, key => Json(HttpMethod.Post, $"{path}/partners", partner, etag, key), HttpStatusCode.OK,
                            () => CountAsync(network.CrossBorder, "SELECT count(*) FROM partners WHERE organisation_id = $1", marker));
                    }

                case "investment lead":
                    return Created(network.Investment.Client(Investment.OfficerToken()), Investment.Leads, Investment.Lead(marker),
                        network.Investment, "SELECT count(*) FROM leads WHERE company_name = $1", marker);
                case "investment activity":
                    {
                        var (officer, path) = await Investment.NewLeadAsync(network.Investment);
                        return Created(officer, $"{path}/activities", new { kind = "call", date = new DateOnly(2026, 1, 15), note = marker },
                            network.Investment, "SELECT count(*) FROM activities WHERE note = $1", marker);
                    }

                case "investment task":
                    {
                        var (officer, path) = await Investment.NewLeadAsync(network.Investment);
                        return Created(officer, $"{path}/tasks", new { title = marker, assigneeId = "olivia@investment", dueDate = new DateOnly(2026, 6, 1) },
                            network.Investment, "SELECT count(*) FROM tasks WHERE title = $1", marker);
                    }

                case "investment site proposal":
                    {
                        var epci = Unique("cc-epci");
                        var officer = network.Investment.Client(Investment.OfficerToken());
                        var lead = await SendOkAsync(officer, Json(HttpMethod.Post, Investment.Leads,
                            new { companyName = Unique("Company"), originCountry = "ES", sharedWith = new[] { epci } }), HttpStatusCode.Created);
                        var interco = network.Investment.Client(TestTokens.For(Roles.IntercoOfficer, epci, $"officer@{epci}"));
                        return Created(interco, $"/api/investment/shared-leads/{lead.GetProperty("id").GetGuid()}/site-proposals",
                            new { siteName = marker, commune = "Pontarlier", surfaceM2 = 40_000, availableFrom = new DateOnly(2026, 9, 1) },
                            network.Investment, "SELECT count(*) FROM site_proposals WHERE site_name = $1", marker);
                    }

                case "mobility exchange":
                    return Created(network.Mobility.Client(Mobility.CoordinatorToken(Unique("cfa"))), Mobility.Exchanges, Mobility.ApprenticesToSpain(marker),
                        network.Mobility, "SELECT count(*) FROM exchanges WHERE title = $1", marker);
                case "mobility participant":
                    {
                        var coordinator = network.Mobility.Client(Mobility.CoordinatorToken(Unique("cfa")));
                        var exchange = await SendOkAsync(coordinator, Json(HttpMethod.Post, Mobility.Exchanges, Mobility.ApprenticesToSpain()), HttpStatusCode.Created);
                        var exchangeId = exchange.GetProperty("id").GetGuid();
                        return Created(coordinator, $"{Mobility.Exchanges}/{exchangeId}/participants", new { birthDate = new DateOnly(2006, 5, 1) },
                            network.Mobility, "SELECT count(*) FROM participants WHERE exchange_id = $1", exchangeId);
                    }

                default:
                    throw new ArgumentOutOfRangeException(nameof(name), name, "No such create.");
            }
        }

        /// <summary>Rows of the marker's create, counted in the service's database.</summary>
        public static Task<long> CountAsync(NetworkService service, string sql, object marker) =>
            Sql.CountAsync(service.DatabaseConnectionString!, sql, marker);

        private static CreateCase Created(HttpClient client, string path, object body, NetworkService service, string countSql, object marker) =>
            new(client, key => Json(HttpMethod.Post, path, body, idempotencyKey: key), HttpStatusCode.Created, () => CountAsync(service, countSql, marker));
    }
}
