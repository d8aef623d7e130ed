using System.Net;
using System.Net.Http.Json;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Investment.Tests.Api;

/// <summary>
/// Who decides on a site proposal beyond the role: the lead's account manager or a senior. Which
/// role reaches which endpoint is the network's access table (BfcNetwork.Network.Tests/Authorization).
/// </summary>
public sealed class SiteProposalDecisionTests(InvestmentApiFixture fixture) : IClassFixture<InvestmentApiFixture>
{
    private const string SharingEpci = "cc-grand-pontarlier";

    private readonly InvestmentApi _api = fixture.Api;

    internal static SiteProposalRequest Proposal() =>
        new("ZA des Grands Planchants", "Pontarlier", 4_200, new DateOnly(2026, 9, 1), "Serviced plot", "CC du Grand Pontarlier");

    internal static async Task<SiteProposalResponse> ProposeAsync(HttpClient interco, Guid leadId)
    {
        var response = await interco.PostAsJsonAsync($"/api/investment/shared-leads/{leadId}/site-proposals", Proposal(), InvestmentApi.Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<SiteProposalResponse>(InvestmentApi.Json))!;
    }

    [Fact]
    public async Task Another_officer_may_not_decide_on_a_proposal_for_a_lead_they_do_not_manage()
    {
        var lead = await _api.CreateLeadAsync(LeadRequests.ReadyToWin(sharedWith: [SharingEpci]));
        var proposal = await ProposeAsync(_api.Interco(SharingEpci), lead.Id);

        await Expect.ProblemAsync(await _api.InvestmentOfficer("someone-else@investment")
            .PostAsync($"/api/investment/leads/{lead.Id}/site-proposals/{proposal.Id}/decline", null), HttpStatusCode.Forbidden);
    }
}
