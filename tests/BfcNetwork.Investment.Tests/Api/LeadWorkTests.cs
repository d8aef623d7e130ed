using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;
using BfcNetwork.Investment.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Investment.Tests.Api;

public sealed class LeadWorkTests(InvestmentApiFixture fixture) : IClassFixture<InvestmentApiFixture>
{
    private readonly InvestmentApi _api = fixture.Api;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task My_overdue_tasks_are_the_open_ones_past_their_due_date_assigned_to_me()
    {
        var me = $"me-{Guid.NewGuid():N}@investment";
        var officer = _api.InvestmentOfficer(me);
        var lead = await InvestmentApi.CreateLeadAsync(officer, LeadRequests.Identified());
        async Task<TaskResponse> Task(string title, string assignee, DateOnly due)
        {
            var response = await officer.PostAsJsonAsync($"/api/investment/leads/{lead.Id}/tasks", new TaskRequest(title, assignee, due), InvestmentApi.Json);
            await Expect.StatusAsync(response, HttpStatusCode.Created);
            return (await response.Content.ReadFromJsonAsync<TaskResponse>(InvestmentApi.Json))!;
        }

        var late = await Task("Call back the CFO", me, Today.AddDays(-2));
        var lateButDone = await Task("Send the brochure", me, Today.AddDays(-5));
        await Task("Book the site visit", me, Today.AddDays(3));
        await Task("Someone else's late task", "colleague@investment", Today.AddDays(-2));
        await Expect.StatusAsync(await officer.PutAsJsonAsync($"/api/investment/leads/{lead.Id}/tasks/{lateButDone.Id}/done",
            new TaskDoneRequest(true), InvestmentApi.Json), HttpStatusCode.OK);

        var mine = (await officer.GetFromJsonAsync<PagedResponse<TaskResponse>>("/api/investment/tasks?assignee=me&overdue=true", InvestmentApi.Json))!;

        var only = Assert.Single(mine.Items);
        Assert.Equal(late.Id, only.Id);
        Assert.True(only.Overdue);
        Assert.True(late.Overdue);
    }

    [Fact]
    public async Task The_timeline_lists_activities_latest_first()
    {
        var officer = _api.InvestmentOfficer();
        var lead = await _api.CreateLeadAsync(LeadRequests.Identified());
        foreach (var (kind, date) in new[] { (ActivityKind.Call, new DateOnly(2026, 1, 5)), (ActivityKind.SiteVisit, new DateOnly(2026, 2, 10)), (ActivityKind.Email, new DateOnly(2026, 1, 20)) })
        {
            await Expect.StatusAsync(await officer.PostAsJsonAsync($"/api/investment/leads/{lead.Id}/activities",
                new ActivityRequest(kind, date, $"{kind} note"), InvestmentApi.Json), HttpStatusCode.Created);
        }

        var timeline = (await officer.GetFromJsonAsync<List<ActivityResponse>>($"/api/investment/leads/{lead.Id}/activities", InvestmentApi.Json))!;

        Assert.Equal([ActivityKind.SiteVisit, ActivityKind.Email, ActivityKind.Call], timeline.Select(a => a.Kind));
    }

    [Fact]
    public async Task An_accepted_site_proposal_becomes_a_candidate_site_and_a_declined_one_does_not()
    {
        var epci = "cc-grand-pontarlier";
        var lead = await _api.CreateLeadAsync(LeadRequests.Identified() with { SharedWith = [epci] });
        var interco = _api.Interco(epci);
        var accepted = await SiteProposalDecisionTests.ProposeAsync(interco, lead.Id);
        var declined = await SiteProposalDecisionTests.ProposeAsync(interco, lead.Id);

        await Expect.StatusAsync(await _api.InvestmentOfficer().PostAsync($"/api/investment/leads/{lead.Id}/site-proposals/{accepted.Id}/accept", null), HttpStatusCode.OK);
        await Expect.StatusAsync(await _api.Senior().PostAsync($"/api/investment/leads/{lead.Id}/site-proposals/{declined.Id}/decline", null), HttpStatusCode.OK);
        await Expect.ProblemAsync(await _api.InvestmentOfficer().PostAsync($"/api/investment/leads/{lead.Id}/site-proposals/{declined.Id}/accept", null), HttpStatusCode.Conflict);

        var site = Assert.Single((await _api.InvestmentOfficer().GetFromJsonAsync<LeadResponse>($"/api/investment/leads/{lead.Id}", InvestmentApi.Json))!.CandidateSites);
        Assert.Equal((accepted.Id, "Pontarlier", epci, 4_200), (site.Id, site.Commune, site.IntercommunalityId, site.SurfaceM2));
        var seenByInterco = (await interco.GetFromJsonAsync<SharedLeadView>($"/api/investment/shared-leads/{lead.Id}", InvestmentApi.Json))!;
        Assert.Equal("Pontarlier", Assert.Single(seenByInterco.CandidateSites).Commune);
    }

    [Fact]
    public async Task The_board_counts_leads_capex_and_jobs_per_stage()
    {
        var api = await InvestmentApi.StartAsync(fixture.Servers, "board");
        await using var _ = api;
        var officer = api.InvestmentOfficer();
        var a = await InvestmentApi.CreateLeadAsync(officer, LeadRequests.ReadyToWin());
        await InvestmentApi.CreateLeadAsync(officer, LeadRequests.ReadyToWin() with { CapexEur = 5_000_000m, JobsAnnounced = 30 });
        await InvestmentApi.CreateLeadAsync(officer, LeadRequests.Identified());
        await InvestmentApi.MoveOkAsync(officer, a.Id, LeadStage.SiteSearch);

        var board = (await officer.GetFromJsonAsync<List<PipelineColumn>>("/api/investment/pipeline", InvestmentApi.Json))!;

        Assert.Equal(new PipelineColumn(LeadStage.Identified, 2, 5_000_000m, 30), board.Single(c => c.Stage == LeadStage.Identified));
        Assert.Equal(new PipelineColumn(LeadStage.SiteSearch, 1, 25_000_000m, 120), board.Single(c => c.Stage == LeadStage.SiteSearch));
        Assert.Equal(new PipelineColumn(LeadStage.Won, 0, 0m, 0), board.Single(c => c.Stage == LeadStage.Won));
    }
}
