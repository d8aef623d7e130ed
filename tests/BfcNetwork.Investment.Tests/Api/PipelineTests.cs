using System.Net;
using System.Net.Http.Json;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;
using BfcNetwork.Investment.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Investment.Tests.Api;

public sealed class PipelineTests(InvestmentApiFixture fixture) : IClassFixture<InvestmentApiFixture>
{
    private readonly InvestmentApi _api = fixture.Api;

    [Fact]
    public async Task Qualifying_needs_the_sector_and_the_investment_type()
    {
        var officer = _api.InvestmentOfficer();
        var lead = await _api.CreateLeadAsync(LeadRequests.Identified());
        await InvestmentApi.MoveOkAsync(officer, lead.Id, LeadStage.Contacted);

        var errors = await Expect.ProblemAsync(await InvestmentApi.MoveAsync(officer, lead.Id, LeadStage.Qualified), HttpStatusCode.BadRequest);

        Assert.Equal(["investmentType", "sector"], errors.Keys.Order());
    }

    [Fact]
    public async Task The_site_search_needs_a_capex_or_not_disclosed_and_a_candidate_site()
    {
        var officer = _api.InvestmentOfficer();
        var request = LeadRequests.Identified() with { Sector = LeadSector.Energy, InvestmentType = InvestmentType.Extension };
        var lead = await _api.CreateLeadAsync(request);
        await InvestmentApi.MoveOkAsync(officer, lead.Id, LeadStage.Contacted, LeadStage.Qualified);

        var errors = await Expect.ProblemAsync(await InvestmentApi.MoveAsync(officer, lead.Id, LeadStage.SiteSearch), HttpStatusCode.BadRequest);
        Assert.Equal(["candidateSites", "capexEur"], errors.Keys.Order());

        await Expect.StatusAsync(await InvestmentApi.ReviseAsync(officer, lead.Id, request with
        {
            CapexNotDisclosed = true,
            CandidateSites = [new CandidateSiteModel(null, "Morteau", "cc-du-val-de-morteau", "CC du Val de Morteau")],
        }), HttpStatusCode.OK);
        await InvestmentApi.MoveOkAsync(officer, lead.Id, LeadStage.SiteSearch);
    }

    [Fact]
    public async Task Negotiation_needs_the_jobs_announced_and_an_estimated_decision_date()
    {
        var officer = _api.InvestmentOfficer();
        var lead = await _api.CreateLeadAsync(LeadRequests.ReadyToWin() with { JobsAnnounced = null, EstimatedDecisionDate = null });
        await InvestmentApi.MoveOkAsync(officer, lead.Id, LeadStage.Contacted, LeadStage.Qualified, LeadStage.SiteSearch);

        var errors = await Expect.ProblemAsync(await InvestmentApi.MoveAsync(officer, lead.Id, LeadStage.Negotiation), HttpStatusCode.BadRequest);

        Assert.Equal(["estimatedDecisionDate", "jobsAnnounced"], errors.Keys.Order());
    }

    [Fact]
    public async Task Winning_needs_the_actual_decision_date_and_a_host_site()
    {
        var officer = _api.InvestmentOfficer();
        var lead = await _api.CreateLeadAsync(LeadRequests.ReadyToWin() with { ActualDecisionDate = null, HostSiteId = null });
        await InvestmentApi.MoveOkAsync(officer, lead.Id, LeadStage.Contacted, LeadStage.Qualified, LeadStage.SiteSearch, LeadStage.Negotiation);

        var errors = await Expect.ProblemAsync(await InvestmentApi.MoveAsync(_api.Senior(), lead.Id, LeadStage.Won), HttpStatusCode.BadRequest);

        Assert.Equal(["actualDecisionDate", "hostSiteId"], errors.Keys.Order());
    }

    [Fact]
    public async Task The_host_site_must_be_one_of_the_candidate_sites()
    {
        var errors = await Expect.ProblemAsync(await _api.InvestmentOfficer().PostAsJsonAsync("/api/investment/leads",
            LeadRequests.ReadyToWin() with { HostSiteId = Guid.NewGuid() }, InvestmentApi.Json), HttpStatusCode.BadRequest);

        Assert.Equal(["hostSiteId"], errors.Keys);
    }

    [Fact]
    public async Task Only_a_senior_officer_confirms_a_won_lead()
    {
        var officer = _api.InvestmentOfficer();
        var lead = await _api.CreateLeadAsync(LeadRequests.ReadyToWin());
        await InvestmentApi.MoveOkAsync(officer, lead.Id, LeadStage.Contacted, LeadStage.Qualified, LeadStage.SiteSearch, LeadStage.Negotiation);

        await Expect.ProblemAsync(await InvestmentApi.MoveAsync(officer, lead.Id, LeadStage.Won), HttpStatusCode.Forbidden);
        var won = await InvestmentApi.MoveAsync(_api.Senior(), lead.Id, LeadStage.Won);

        await Expect.StatusAsync(won, HttpStatusCode.OK);
        Assert.Equal(LeadStage.Won, (await won.Content.ReadFromJsonAsync<LeadResponse>(InvestmentApi.Json))!.Stage);
    }

    [Fact]
    public async Task Skipping_stages_forward_is_allowed_when_every_intermediate_gate_holds()
    {
        var officer = _api.InvestmentOfficer();
        var complete = await _api.CreateLeadAsync(LeadRequests.ReadyToWin());
        var bare = await _api.CreateLeadAsync(LeadRequests.Identified() with { JobsAnnounced = 10, EstimatedDecisionDate = new DateOnly(2027, 1, 1) });

        await InvestmentApi.MoveOkAsync(officer, complete.Id, LeadStage.Negotiation);
        var errors = await Expect.ProblemAsync(await InvestmentApi.MoveAsync(officer, bare.Id, LeadStage.Negotiation), HttpStatusCode.BadRequest);

        Assert.Equal(["candidateSites", "capexEur", "investmentType", "sector"], errors.Keys.Order());
    }

    [Fact]
    public async Task An_edit_cannot_remove_what_the_current_stage_requires()
    {
        var officer = _api.InvestmentOfficer();
        var request = LeadRequests.ReadyToWin();
        var lead = await _api.CreateLeadAsync(request);
        await InvestmentApi.MoveOkAsync(officer, lead.Id, LeadStage.SiteSearch);

        var errors = await Expect.ProblemAsync(await InvestmentApi.ReviseAsync(officer, lead.Id,
            request with { CandidateSites = [], HostSiteId = null }), HttpStatusCode.BadRequest);

        Assert.Equal(["candidateSites"], errors.Keys);
    }

    [Fact]
    public async Task A_lead_on_hold_resumes_at_the_stage_it_was_at()
    {
        var officer = _api.InvestmentOfficer();
        var lead = await _api.CreateLeadAsync(LeadRequests.ReadyToWin());
        await InvestmentApi.MoveOkAsync(officer, lead.Id, LeadStage.Qualified);

        await Expect.StatusAsync(await officer.PostAsync($"/api/investment/leads/{lead.Id}/hold", null), HttpStatusCode.OK);
        await Expect.ProblemAsync(await InvestmentApi.MoveAsync(officer, lead.Id, LeadStage.SiteSearch), HttpStatusCode.Conflict);
        var resumed = await officer.PostAsync($"/api/investment/leads/{lead.Id}/resume", null);

        await Expect.StatusAsync(resumed, HttpStatusCode.OK);
        Assert.Equal(LeadStage.Qualified, (await resumed.Content.ReadFromJsonAsync<LeadResponse>(InvestmentApi.Json))!.Stage);
    }

    [Fact]
    public async Task Losing_a_lead_needs_the_country_it_went_to_and_a_reason_and_closes_it()
    {
        var officer = _api.InvestmentOfficer();
        var lead = await _api.CreateLeadAsync(LeadRequests.Identified());

        var errors = await Expect.ProblemAsync(await officer.PostAsJsonAsync($"/api/investment/leads/{lead.Id}/lose",
            new LoseRequest("Portugal", null), InvestmentApi.Json), HttpStatusCode.BadRequest);
        Assert.Equal(["countryLostTo", "reason"], errors.Keys.Order());
        await Expect.StatusAsync(await officer.PostAsJsonAsync($"/api/investment/leads/{lead.Id}/lose",
            new LoseRequest("PT", "Faster permits"), InvestmentApi.Json), HttpStatusCode.OK);

        await Expect.ProblemAsync(await InvestmentApi.MoveAsync(officer, lead.Id, LeadStage.Contacted), HttpStatusCode.Conflict);
        await Expect.ProblemAsync(await officer.PostAsJsonAsync($"/api/investment/leads/{lead.Id}/abandon",
            new AbandonRequest("Too late"), InvestmentApi.Json), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Every_stage_change_is_logged_with_who_when_from_and_to()
    {
        var officer = _api.InvestmentOfficer();
        var lead = await _api.CreateLeadAsync(LeadRequests.ReadyToWin());
        await InvestmentApi.MoveOkAsync(officer, lead.Id, LeadStage.Contacted, LeadStage.Qualified);
        await Expect.StatusAsync(await officer.PostAsJsonAsync($"/api/investment/leads/{lead.Id}/abandon",
            new AbandonRequest("The group froze its investments"), InvestmentApi.Json), HttpStatusCode.OK);

        var log = (await officer.GetFromJsonAsync<List<StageChangeResponse>>($"/api/investment/leads/{lead.Id}/stage-log", InvestmentApi.Json))!;

        Assert.Equal(
            [(null, LeadStage.Identified), (LeadStage.Identified, LeadStage.Contacted), (LeadStage.Contacted, LeadStage.Qualified), (LeadStage.Qualified, LeadStage.Abandoned)],
            log.Select(c => (c.From, c.To)));
        Assert.All(log, c => Assert.Equal(InvestmentApi.OfficerId, c.ChangedBy));
        Assert.Equal(log.Select(c => c.ChangedAt).Order(), log.Select(c => c.ChangedAt));
        Assert.Equal("The group froze its investments", log[^1].Comment);
    }
}
