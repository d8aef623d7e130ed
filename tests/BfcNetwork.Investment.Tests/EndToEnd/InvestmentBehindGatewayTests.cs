extern alias gateway;

using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Contracts;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;
using BfcNetwork.Investment.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using BfcNetwork.Testing.Messaging;
using GatewayProgram = gateway::Program;

namespace BfcNetwork.Investment.Tests.EndToEnd;

/// <summary>
/// Through the real gateway to the real service on a loopback port, with real PostgreSQL and RabbitMQ.
/// </summary>
public sealed class InvestmentBehindGatewayTests(TestServers servers) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private const string Pontarlier = "cc-grand-pontarlier";
    private const string Montbeliard = "pays-de-montbeliard-agglomeration";

    private InvestmentApi _investment = null!;
    private ServiceFactory<GatewayProgram> _gateway = null!;

    public async ValueTask InitializeAsync()
    {
        _investment = await InvestmentApi.StartAsync(servers.NewDatabaseConnectionString("e2e"), servers.RabbitMqConnectionString, listenOnLoopback: true);
        _gateway = new ServiceFactory<GatewayProgram>(new Dictionary<string, string?>
        {
            [ResourceNames.HttpEndpointKey(ResourceNames.Investment)] = _investment.Factory.PublicAddress!.ToString().TrimEnd('/'),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _investment.DisposeAsync();
    }

    private HttpClient ThroughGateway(string? token) => _gateway.CreateClient().WithBearer(token);

    [Fact]
    public async Task An_interco_officer_sees_only_the_leads_shared_with_their_epci_and_never_a_confidential_company_name()
    {
        var officer = ThroughGateway(InvestmentApi.OfficerToken());
        var secretName = $"Helvetic Microtech {Guid.NewGuid():N}";
        var shared = await InvestmentApi.CreateLeadAsync(officer, LeadRequests.ReadyToWin(secretName, confidential: true, sharedWith: [Pontarlier]) with
        {
            Description = "Confidential: the group's CFO is unhappy with Neuchâtel.",
            AnonymisedDescription = "A Swiss micro-technology company looks for a second site.",
        });
        var notShared = await InvestmentApi.CreateLeadAsync(officer, LeadRequests.ReadyToWin(sharedWith: [Montbeliard]));
        await Expect.StatusAsync(await officer.PostAsJsonAsync($"/api/investment/leads/{shared.Id}/activities",
            new ActivityRequest(ActivityKind.Meeting, new DateOnly(2026, 1, 5), "Private meeting note"), InvestmentApi.Json), HttpStatusCode.Created);
        var interco = ThroughGateway(InvestmentApi.IntercoToken(Pontarlier));

        var listJson = await interco.GetStringAsync("/api/investment/shared-leads");
        var oneJson = await interco.GetStringAsync($"/api/investment/shared-leads/{shared.Id}");

        var list = System.Text.Json.JsonSerializer.Deserialize<PagedResponse<SharedLeadView>>(listJson, InvestmentApi.Json)!;
        Assert.Equal([shared.Id], list.Items.Select(l => l.Id));
        foreach (var json in new[] { listJson, oneJson })
        {
            Assert.DoesNotContain(secretName, json);
            Assert.DoesNotContain("25000000", json);
            Assert.DoesNotContain(InvestmentApi.OfficerId, json);
            Assert.DoesNotContain("Neuchâtel", json);
            Assert.DoesNotContain("Private meeting note", json);
        }

        Assert.Contains("A Swiss micro-technology company looks for a second site.", oneJson);
        await Expect.ProblemAsync(await interco.GetAsync($"/api/investment/shared-leads/{notShared.Id}"), HttpStatusCode.NotFound);
        await Expect.ProblemAsync(await interco.GetAsync($"/api/investment/leads/{shared.Id}"), HttpStatusCode.NotFound);
        await Expect.ProblemAsync(await ThroughGateway(InvestmentApi.IntercoToken(Montbeliard)).GetAsync($"/api/investment/shared-leads/{shared.Id}"), HttpStatusCode.NotFound);
        await Expect.ProblemAsync(await ThroughGateway(null).GetAsync($"/api/investment/shared-leads/{shared.Id}"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Winning_a_confidential_lead_publishes_InvestorLeadWon_without_the_company_name_or_capex()
    {
        await using var events = await IntegrationEventQueue.BindAsync(servers.RabbitMqConnectionString, typeof(InvestorLeadWon));
        var officer = ThroughGateway(InvestmentApi.OfficerToken());
        var senior = ThroughGateway(InvestmentApi.SeniorToken());
        var secretName = $"Vicky Foods {Guid.NewGuid():N}";
        var lead = await InvestmentApi.CreateLeadAsync(officer, LeadRequests.ReadyToWin(secretName, confidential: true));
        await InvestmentApi.MoveOkAsync(officer, lead.Id, LeadStage.Contacted, LeadStage.Qualified, LeadStage.SiteSearch, LeadStage.Negotiation);
        await Expect.ProblemAsync(await InvestmentApi.MoveAsync(officer, lead.Id, LeadStage.Won), HttpStatusCode.Forbidden);

        await InvestmentApi.MoveOkAsync(senior, lead.Id, LeadStage.Won);

        var won = (await events.WaitForAsync<InvestorLeadWon>(e => e.LeadId == lead.Id, Patience)).Message;
        Assert.Equal(("ES", "agrifood", "new-site", 120), (won.OriginCountry, won.Sector, won.InvestmentType, won.JobsAnnounced));
        Assert.Equal((LeadRequests.HostEpci, LeadRequests.HostEpciName, "Pontarlier"), (won.HostIntercommunalityId, won.HostIntercommunalityName, won.HostCommune));
        Assert.Equal((true, null, null), (won.Confidential, won.CompanyName, won.CapexEur));
        Assert.Equal("Spanish agrifood company", won.HostLabel);
        Assert.Equal(new DateOnly(2026, 2, 15), won.DecisionDate);
    }

    [Fact]
    public async Task Winning_a_public_lead_names_the_company_and_losing_a_lead_publishes_InvestorLeadLost()
    {
        await using var events = await IntegrationEventQueue.BindAsync(servers.RabbitMqConnectionString, typeof(InvestorLeadWon), typeof(InvestorLeadLost));
        var officer = ThroughGateway(InvestmentApi.OfficerToken());
        var name = $"Antolin {Guid.NewGuid():N}";
        var won = await InvestmentApi.CreateLeadAsync(officer, LeadRequests.ReadyToWin(name, confidential: false));
        await InvestmentApi.MoveOkAsync(officer, won.Id, LeadStage.Negotiation);
        await InvestmentApi.MoveOkAsync(ThroughGateway(InvestmentApi.SeniorToken()), won.Id, LeadStage.Won);
        var lost = await InvestmentApi.CreateLeadAsync(officer, LeadRequests.Identified() with { Sector = LeadSector.Automotive });

        await Expect.StatusAsync(await officer.PostAsJsonAsync($"/api/investment/leads/{lost.Id}/lose",
            new LoseRequest("PT", "Faster permits in Portugal"), InvestmentApi.Json), HttpStatusCode.OK);

        var wonEvent = (await events.WaitForAsync<InvestorLeadWon>(e => e.LeadId == won.Id, Patience)).Message;
        Assert.Equal((name, name, 25_000_000m), (wonEvent.CompanyName, wonEvent.HostLabel, wonEvent.CapexEur));
        var lostEvent = (await events.WaitForAsync<InvestorLeadLost>(e => e.LeadId == lost.Id, Patience)).Message;
        Assert.Equal(("ES", "automotive", "PT", "Faster permits in Portugal"), (lostEvent.OriginCountry, lostEvent.Sector, lostEvent.CountryLostTo, lostEvent.Reason));
        Assert.Empty(await events.AllAsync<InvestorLeadWon>(e => e.LeadId == lost.Id));
    }
}
