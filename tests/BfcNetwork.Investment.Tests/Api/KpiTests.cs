using System.Net;
using System.Net.Http.Json;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;
using BfcNetwork.Investment.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Investment.Tests.Api;

/// <summary>KPIs total the whole database, so this test runs on a service and database of its own.</summary>
public sealed class KpiTests(TestServers servers)
{
    [Fact]
    public async Task Kpis_count_won_projects_and_jobs_by_origin_and_host_and_derive_conversion_and_time_in_stage_from_the_stage_log()
    {
        await using var api = await InvestmentApi.StartAsync(servers, "kpis");
        var officer = api.InvestmentOfficer();
        var senior = api.Senior();
        var year = DateTime.UtcNow.Year;

        var spanish = await InvestmentApi.CreateLeadAsync(officer, LeadRequests.ReadyToWin() with { ActualDecisionDate = new DateOnly(year, 2, 1) });
        await InvestmentApi.MoveOkAsync(officer, spanish.Id, LeadStage.Contacted, LeadStage.Qualified, LeadStage.SiteSearch, LeadStage.Negotiation);
        await InvestmentApi.MoveOkAsync(senior, spanish.Id, LeadStage.Won);

        var german = await InvestmentApi.CreateLeadAsync(officer, LeadRequests.ReadyToWin() with
        {
            OriginCountry = "DE",
            Sector = LeadSector.Automotive,
            InvestmentType = InvestmentType.Extension,
            JobsAnnounced = 50,
            JobsCreated = 20,
            ActualDecisionDate = new DateOnly(year, 3, 1),
        });
        await InvestmentApi.MoveOkAsync(officer, german.Id, LeadStage.Negotiation);
        await InvestmentApi.MoveOkAsync(senior, german.Id, LeadStage.Won);

        var lost = await InvestmentApi.CreateLeadAsync(officer, LeadRequests.Identified());
        await InvestmentApi.MoveOkAsync(officer, lost.Id, LeadStage.Contacted);
        await Expect.StatusAsync(await officer.PostAsJsonAsync($"/api/investment/leads/{lost.Id}/lose", new LoseRequest("PT", "Costs"), InvestmentApi.Json), HttpStatusCode.OK);
        await InvestmentApi.CreateLeadAsync(officer, LeadRequests.Identified());

        var kpis = (await officer.GetFromJsonAsync<KpiReport>($"/api/investment/kpis?year={year}", InvestmentApi.Json))!;

        Assert.Equal((2, 170, 20), (kpis.WonProjects, kpis.JobsAnnounced, kpis.JobsCreated));
        Assert.Equal([("DE", 1, 50), ("ES", 1, 120)], kpis.ByOriginCountry.Select(g => (g.Key, g.WonProjects, g.JobsAnnounced)).Order());
        Assert.Equal([("agrifood", 1), ("automotive", 1)], kpis.BySector.Select(g => (g.Key, g.WonProjects)).Order());
        Assert.Equal([("extension", 1), ("new-site", 1)], kpis.ByInvestmentType.Select(g => (g.Key, g.WonProjects)).Order());
        var host = Assert.Single(kpis.ByHostIntercommunality);
        Assert.Equal((LeadRequests.HostEpciName, 2, 170, 20), (host.Key, host.WonProjects, host.JobsAnnounced, host.JobsCreated));

        // Furthest stage reached: won, won (skipping), contacted (then lost), identified.
        Assert.Equal(
            [(LeadStage.Identified, 4, 3), (LeadStage.Contacted, 3, 2), (LeadStage.Qualified, 2, 2), (LeadStage.SiteSearch, 2, 2), (LeadStage.Negotiation, 2, 2)],
            kpis.Conversion.Select(c => (c.From, c.Entered, c.Progressed)));
        Assert.Equal(0.75, kpis.Conversion[0].Rate);
        var identified = kpis.TimeInStage.Single(t => t.Stage == LeadStage.Identified);
        Assert.Equal(3, identified.CompletedStays);
        Assert.InRange(identified.MedianDays!.Value, 0, 1);
        Assert.Equal(2, kpis.TimeInStage.Single(t => t.Stage == LeadStage.Negotiation).CompletedStays);

        var lastYear = (await officer.GetFromJsonAsync<KpiReport>($"/api/investment/kpis?year={year - 1}", InvestmentApi.Json))!;
        Assert.Equal(0, lastYear.WonProjects);
        Assert.All(lastYear.Conversion, c => Assert.Equal(0, c.Entered));
    }
}
