using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;
using BfcNetwork.Investment.Infrastructure;
using BfcNetwork.Investment.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Investment.Tests.Api;

public sealed class DemoDataTests(TestServers servers)
{
    [Fact]
    public async Task The_demo_data_goes_through_the_domain_so_the_board_kpis_and_shared_view_are_filled()
    {
        await using var api = await InvestmentApi.StartAsync(
            servers.NewDatabaseConnectionString("demo"), servers.RabbitMqConnectionString, seedDemoData: true);
        var officer = api.InvestmentOfficer();

        var kpis2024 = (await officer.GetFromJsonAsync<KpiReport>("/api/investment/kpis?year=2024", InvestmentApi.Json))!;
        var kpis2020 = (await officer.GetFromJsonAsync<KpiReport>("/api/investment/kpis?year=2020", InvestmentApi.Json))!;
        var allYears = (await officer.GetFromJsonAsync<KpiReport>("/api/investment/kpis", InvestmentApi.Json))!;
        var board = (await officer.GetFromJsonAsync<List<PipelineColumn>>("/api/investment/pipeline", InvestmentApi.Json))!;
        var shared = (await api.Interco(DemoData.Pontarlier).GetFromJsonAsync<PagedResponse<SharedLeadView>>("/api/investment/shared-leads", InvestmentApi.Json))!;

        Assert.Equal([("ES", 1)], kpis2024.ByOriginCountry.Select(g => (g.Key, g.WonProjects)));
        Assert.Equal([("agrifood", 1)], kpis2024.BySector.Select(g => (g.Key, g.WonProjects)));
        Assert.Equal([("automotive", 1)], kpis2020.BySector.Select(g => (g.Key, g.WonProjects)));
        Assert.Equal(3, allYears.WonProjects);
        Assert.All(allYears.TimeInStage.Where(t => t.MedianDays is not null), t => Assert.True(t.MedianDays > 0));
        Assert.Equal(3, board.Single(c => c.Stage == LeadStage.Won).Count);
        Assert.Equal(1, board.Single(c => c.Stage == LeadStage.Lost).Count);
        Assert.Equal(1, board.Single(c => c.Stage == LeadStage.OnHold).Count);
        var microtech = Assert.Single(shared.Items);
        Assert.Equal(LeadStage.SiteSearch, microtech.Stage);
        var proposals = (await officer.GetFromJsonAsync<List<SiteProposalResponse>>($"/api/investment/leads/{microtech.Id}/site-proposals", InvestmentApi.Json))!;
        Assert.Equal(SiteProposalStatus.Proposed, Assert.Single(proposals).Status);
    }
}
