extern alias crossborder;
extern alias gateway;
extern alias investment;
extern alias solidarity;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using BfcNetwork.Testing.Requests;
using CrossBorderProgram = crossborder::Program;
using GatewayProgram = gateway::Program;
using InvestmentProgram = investment::Program;
using SolidarityProgram = solidarity::Program;

namespace BfcNetwork.Mobility.Tests.EndToEnd;

/// <summary>
/// The host catalogue across the network: Solidarity, CrossBorder, Investment and Mobility on
/// loopback ports, each on its own real PostgreSQL database, the real RabbitMQ between them and
/// the real gateway in front. Each service's users act through the gateway; the hosts their
/// decisions make appear in Mobility's catalogue, read through the gateway too.
/// </summary>
public sealed class FourServicesThroughGatewayTests(TestServers servers) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private ServiceFactory<SolidarityProgram> _solidarity = null!;
    private ServiceFactory<CrossBorderProgram> _crossBorder = null!;
    private ServiceFactory<InvestmentProgram> _investment = null!;
    private MobilityApi _mobility = null!;
    private ServiceFactory<GatewayProgram> _gateway = null!;

    public async ValueTask InitializeAsync()
    {
        // Mobility first, so its queues are bound before any other service publishes.
        _mobility = await MobilityApi.StartAsync(servers.NewDatabaseConnectionString("e2e-mobility"), servers.RabbitMqConnectionString, $"test-{Guid.NewGuid():N}", listenOnLoopback: true);
        _solidarity = new ServiceFactory<SolidarityProgram>(Settings(ResourceNames.SolidarityDatabase, "e2e-solidarity"), listenOnLoopback: true).Started();
        _crossBorder = new ServiceFactory<CrossBorderProgram>(Settings(ResourceNames.CrossBorderDatabase, "e2e-crossborder"), listenOnLoopback: true).Started();
        _investment = new ServiceFactory<InvestmentProgram>(Settings(ResourceNames.InvestmentDatabase, "e2e-investment"), listenOnLoopback: true).Started();
        _gateway = new ServiceFactory<GatewayProgram>(new Dictionary<string, string?>
        {
            [ResourceNames.HttpEndpointKey(ResourceNames.Solidarity)] = Address(_solidarity.PublicAddress),
            [ResourceNames.HttpEndpointKey(ResourceNames.CrossBorder)] = Address(_crossBorder.PublicAddress),
            [ResourceNames.HttpEndpointKey(ResourceNames.Investment)] = Address(_investment.PublicAddress),
            [ResourceNames.HttpEndpointKey(ResourceNames.Mobility)] = Address(_mobility.Factory.PublicAddress),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _investment.DisposeAsync();
        await _crossBorder.DisposeAsync();
        await _solidarity.DisposeAsync();
        await _mobility.DisposeAsync();
    }

    [Fact]
    public async Task Approvals_and_a_won_lead_in_three_services_become_hosts_in_the_Mobility_catalogue()
    {
        var officer = ThroughGateway(TestTokens.RegionalOfficer());
        var cooperative = $"Coopérative des producteurs de physalis {Guid.NewGuid():N}"[..60];
        var swissPartner = $"ne-transports-{Guid.NewGuid():N}"[..24];
        var company = $"Vicky Foods {Guid.NewGuid():N}";

        await ApproveSolidarityProjectAsync(officer, cooperative);
        await ApproveCrossBorderProjectAsync(officer, swissPartner);
        await WinInvestorLeadAsync(company);

        var coordinator = ThroughGateway(TestTokens.For(Roles.MobilityCoordinator, "cfa-chalon"));
        var hosts = await Eventually.Until(
            async () => (await coordinator.GetFromJsonAsync<PagedResponse<HostResponse>>($"{MobilityApi.HostsPath}?pageSize=100", TestJson.Options))!.Items,
            items => items.Any(h => h.Name == cooperative) && items.Any(h => h.Name == $"Organisation {swissPartner}") && items.Any(h => h.Name == company),
            Patience, "the three hosts in the catalogue");

        Assert.Equal((HostKind.ReciprocalVolunteering, HostSource.Solidarity, "MG"), Describe(hosts.Single(h => h.Name == cooperative)));
        Assert.Equal((HostKind.CrossBorderPlacement, HostSource.CrossBorder, "CH"), Describe(hosts.Single(h => h.Name == $"Organisation {swissPartner}")));
        Assert.Equal((HostKind.Apprenticeship, HostSource.Investment, "FR"), Describe(hosts.Single(h => h.Name == company)));
        Assert.Equal("Pontarlier", hosts.Single(h => h.Name == company).Place);

        // Filters work through the gateway, and an exchange may then reference a catalogued host.
        var swiss = await coordinator.GetFromJsonAsync<PagedResponse<HostResponse>>($"{MobilityApi.HostsPath}?country=CH&kind=cross-border-placement", TestJson.Options);
        Assert.Contains(swiss!.Items, h => h.Name == $"Organisation {swissPartner}");
        var exchange = await coordinator.PostAsJsonAsync(MobilityApi.ExchangesPath,
            ExchangeRequests.ApprenticesToSpain(hosts.Single(h => h.Name == company).Id) with { Receiving = new PlaceModel(company, "FR", "Pontarlier") }, TestJson.Options);
        await Expect.StatusAsync(exchange, HttpStatusCode.Created);
        await Expect.StatusAsync(await ThroughGateway(null).GetAsync(MobilityApi.HostsPath), HttpStatusCode.Unauthorized);
        await Expect.StatusAsync(await ThroughGateway(null).GetAsync("/api/mobility/public/stats?year=2026"), HttpStatusCode.OK);
    }

    private async Task ApproveSolidarityProjectAsync(HttpClient officer, string partnerName)
    {
        var association = $"tandems-{Guid.NewGuid():N}"[..20];
        await Expect.StatusAsync(await officer.PostAsJsonAsync("/api/solidarity/associations",
            new { id = association, name = $"Association {association}", city = "Besançon" }, TestJson.Options), HttpStatusCode.Created);
        var coordinator = ThroughGateway(TestTokens.Coordinator(association));
        var created = await coordinator.PostAsJsonAsync("/api/solidarity/projects",
            ProjectBodies.SolidarityProject("Solar fruit dryers for a Malagasy cooperative", partnerName), TestJson.Options);
        await Expect.StatusAsync(created, HttpStatusCode.Created);
        var projectId = await IdOfAsync(created);
        await Expect.StatusAsync(await coordinator.PostAsync($"/api/solidarity/projects/{projectId}/submit", null), HttpStatusCode.OK);
        await Expect.StatusAsync(await officer.PostAsJsonAsync($"/api/solidarity/projects/{projectId}/decision",
            new { outcome = "approve", grantAmount = 9_000m, comment = "Granted" }, TestJson.Options), HttpStatusCode.OK);
    }

    private async Task ApproveCrossBorderProjectAsync(HttpClient officer, string swissPartner)
    {
        var created = await officer.PostAsJsonAsync("/api/crossborder/projects",
            ProjectBodies.CrossBorderProject($"cc-doubs-{Guid.NewGuid():N}"[..20], $"canton-jura-{Guid.NewGuid():N}"[..20], swissPartner), TestJson.Options);
        await Expect.StatusAsync(created, HttpStatusCode.Created);
        var projectId = await IdOfAsync(created);
        foreach (var step in new[] { "submitted", "eligible", "approved" })
        {
            await Expect.StatusAsync(await officer.PostAsJsonAsync($"/api/crossborder/projects/{projectId}/transitions", new { to = step }, TestJson.Options), HttpStatusCode.OK);
        }
    }

    private async Task WinInvestorLeadAsync(string company)
    {
        var officer = ThroughGateway(TestTokens.For(Roles.InvestmentOfficer, null, "olivia@investment"));
        var senior = ThroughGateway(TestTokens.For(Roles.InvestmentSenior, null, "sam@investment"));
        var siteId = Guid.NewGuid();
        var created = await officer.PostAsJsonAsync("/api/investment/leads", new
        {
            companyName = company,
            originCountry = "ES",
            sector = "agrifood",
            investmentType = "new-site",
            description = "A bakery group's first French plant.",
            anonymisedDescription = "A Spanish bakery group opens a plant.",
            needs = "4 ha, rail access",
            confidential = false,
            capexEur = 25_000_000m,
            jobsAnnounced = 120,
            candidateSites = new[] { new { id = siteId, commune = "Pontarlier", intercommunalityId = "cc-grand-pontarlier", intercommunalityName = "Communauté de communes du Grand Pontarlier" } },
            competingCountries = new[] { "PT" },
            estimatedDecisionDate = new DateOnly(2026, 3, 1),
            actualDecisionDate = new DateOnly(2026, 2, 15),
            hostSiteId = siteId,
        }, TestJson.Options);
        await Expect.StatusAsync(created, HttpStatusCode.Created);
        var leadId = await IdOfAsync(created);
        await Expect.StatusAsync(await officer.PostAsJsonAsync($"/api/investment/leads/{leadId}/stage", new { stage = "negotiation" }, TestJson.Options), HttpStatusCode.OK);
        await Expect.StatusAsync(await senior.PostAsJsonAsync($"/api/investment/leads/{leadId}/stage", new { stage = "won" }, TestJson.Options), HttpStatusCode.OK);
    }

    private static async Task<Guid> IdOfAsync(HttpResponseMessage created)
    {
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetGuid();
    }

    private static (HostKind, HostSource, string) Describe(HostResponse host) => (host.Kind, host.Source, host.Country);

    private Dictionary<string, string?> Settings(string databaseKey, string databaseName) =>
        ServiceSettings.For(databaseKey, servers.NewDatabaseConnectionString(databaseName), servers.RabbitMqConnectionString);

    private static string Address(Uri? address) => address!.ToString().TrimEnd('/');

    private HttpClient ThroughGateway(string? token) => _gateway.CreateClient().WithBearer(token);
}
