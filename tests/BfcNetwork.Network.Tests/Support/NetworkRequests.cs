using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using BfcNetwork.Testing.Requests;

namespace BfcNetwork.Network.Tests.Support;

/// <summary>
/// Valid bodies and the set-up calls of the four services, as a client of the network sends them
/// (JSON, no service types: the network tests see the services from outside).
/// </summary>
public static class NetworkRequests
{
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    public static HttpRequestMessage Json(HttpMethod method, string path, object? body, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: TestJson.Options),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyHeaders.Key, idempotencyKey);
        }

        return request;
    }

    public static async Task<(JsonElement Body, string ETag)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.Tag);
    }

    public static async Task<JsonElement> SendOkAsync(HttpClient client, HttpRequestMessage request, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.SendAsync(request);
        await Expect.StatusAsync(response, expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static class Solidarity
    {
        public const string Projects = "/api/solidarity/projects";
        public const string Associations = "/api/solidarity/associations";

        public static string OfficerToken() => TestTokens.RegionalOfficer();

        public static object Association(string id) => new { id, name = $"Association {id}", city = "Besançon" };

        /// <summary>A balanced Malagasy cooperative project (10,000 EUR grant on 20,000 EUR costs).</summary>
        public static object Project(string title = "Solar fruit dryers") =>
            ProjectBodies.SolidarityProject(title, "Coopérative des producteurs de physalis");

        /// <summary>Registers a new association and returns a token of its coordinator.</summary>
        public static async Task<string> NewCoordinatorAsync(NetworkService solidarity)
        {
            var id = Unique("association");
            await SendOkAsync(solidarity.Client(OfficerToken()), Json(HttpMethod.Post, Associations, Association(id)), HttpStatusCode.Created);
            return TestTokens.Coordinator(id);
        }

        /// <summary>A draft project of a new association: its coordinator's client and the project's path.</summary>
        public static async Task<(HttpClient Coordinator, string Path)> NewProjectAsync(NetworkService solidarity)
        {
            var coordinator = solidarity.Client(await NewCoordinatorAsync(solidarity));
            var project = await SendOkAsync(coordinator, Json(HttpMethod.Post, Projects, Project()), HttpStatusCode.Created);
            return (coordinator, $"{Projects}/{project.GetProperty("id").GetGuid()}");
        }
    }

    public static class CrossBorder
    {
        public const string Projects = "/api/crossborder/projects";

        public static string OfficerToken() => TestTokens.RegionalOfficer();

        public static object Project(string? acronym = null, string title = "Cross-border commuting in the Jura arc") => new
        {
            acronym = acronym ?? $"T{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}",
            title,
            specificObjective = "RSO2.8",
            callId = "IFS-2024-01",
            durationMonths = 24,
            description = "Shared commuter lines between the Haut-Doubs and the Jura.",
        };

        /// <summary>A project with a French lead (EUR 100,000), a Swiss lead and a Swiss partner (CHF 80,000 and 20,000).</summary>
        public static object ProjectWithPartners() =>
            ProjectBodies.CrossBorderProject(Unique("cc-doubs"), Unique("canton-jura"), Unique("ne-assoc"));

        public static object Partner(string organisationId, string shortName, string side, string territory, string legalStatus, string role, object? budget) =>
            ProjectBodies.Partner(organisationId, shortName, side, territory, legalStatus, role, budget);

        public static object PartnerUpdate(string organisationName, string shortName, string territory, string legalStatus) => new
        {
            organisationName,
            shortName,
            territory,
            legalStatus,
            contact = ProjectBodies.Contact(),
        };

        public static object Budget(string currency, decimal total, params (string Fund, decimal Amount)[] lines) =>
            ProjectBodies.Budget(currency, total, lines);

        /// <summary>A draft project with <see cref="ProjectWithPartners"/>: the secretariat's client, its path and its body.</summary>
        public static async Task<(HttpClient Officer, string Path, JsonElement Project)> NewProjectAsync(NetworkService crossBorder)
        {
            var officer = crossBorder.Client(OfficerToken());
            var project = await SendOkAsync(officer, Json(HttpMethod.Post, Projects, ProjectWithPartners()), HttpStatusCode.Created);
            return (officer, $"{Projects}/{project.GetProperty("id").GetGuid()}", project);
        }
    }

    public static class Investment
    {
        public const string Leads = "/api/investment/leads";

        public static string OfficerToken(string subject = "olivia@investment") => TestTokens.For(Roles.InvestmentOfficer, null, subject);

        public static object Lead(string? company = null, string country = "ES") => new
        {
            companyName = company ?? $"Test Company {Guid.NewGuid():N}",
            originCountry = country,
        };

        /// <summary>A new lead of the default officer: their client and the lead's path.</summary>
        public static async Task<(HttpClient Officer, string Path)> NewLeadAsync(NetworkService investment)
        {
            var officer = investment.Client(OfficerToken());
            var lead = await SendOkAsync(officer, Json(HttpMethod.Post, Leads, Lead()), HttpStatusCode.Created);
            return (officer, $"{Leads}/{lead.GetProperty("id").GetGuid()}");
        }
    }

    public static class Mobility
    {
        public const string Exchanges = "/api/mobility/exchanges";

        public static string CoordinatorToken(string organisation) => TestTokens.For(Roles.MobilityCoordinator, organisation);

        /// <summary>Individual Erasmus+ VET apprentices from Besançon to Valencia, 4 weeks.</summary>
        public static object ApprenticesToSpain(string title = "Apprentices in Valencia workshops") => new
        {
            title,
            programme = "erasmus-vet",
            direction = "outgoing",
            category = "apprentice",
            isGroup = false,
            sending = new { organisationName = "CFA de Besançon", country = "FR", city = "Besançon" },
            receiving = new { organisationName = "Vocational school", country = "ES", city = "Valencia" },
            startDate = new DateOnly(2026, 3, 2),
            endDate = new DateOnly(2026, 3, 29),
            greenTravel = false,
            grantEur = 9_600m,
        };
    }
}
