using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;
using BfcNetwork.Investment.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;

namespace BfcNetwork.Investment.Tests.Api;

/// <summary>
/// Who gets what, endpoint by endpoint. One lead is created per row, owned by the officer and
/// shared with <see cref="SharingEpci"/>. Endpoints on one lead answer 404 to anyone who may not
/// see it; collections and reports a role can never use answer 403; anonymous callers get 401.
/// </summary>
public sealed class AuthorizationMatrixTests(InvestmentApiFixture fixture) : IClassFixture<InvestmentApiFixture>
{
    private const string SharingEpci = "cc-grand-pontarlier";
    private const string OtherEpci = "pays-de-montbeliard-agglomeration";

    private static readonly string[] Users = ["anonymous", "coordinator", "investment-officer", "investment-senior", "interco-sharing", "interco-other"];

    // Expected status per user, in the order of Users.
    private static readonly Dictionary<string, int[]> Matrix = new()
    {
        ["GET /leads"] = [401, 403, 200, 200, 403, 403],
        ["POST /leads"] = [401, 403, 201, 201, 403, 403],
        ["GET /leads/export.csv"] = [401, 403, 200, 200, 403, 403],
        ["GET /leads/{id}"] = [401, 404, 200, 200, 404, 404],
        ["PUT /leads/{id}"] = [401, 404, 200, 200, 404, 404],
        ["POST /leads/{id}/stage"] = [401, 404, 200, 200, 404, 404],
        ["POST /leads/{id}/hold"] = [401, 404, 200, 200, 404, 404],
        ["POST /leads/{id}/resume"] = [401, 404, 200, 200, 404, 404],
        ["POST /leads/{id}/lose"] = [401, 404, 200, 200, 404, 404],
        ["POST /leads/{id}/abandon"] = [401, 404, 200, 200, 404, 404],
        ["GET /leads/{id}/stage-log"] = [401, 404, 200, 200, 404, 404],
        ["GET /leads/{id}/activities"] = [401, 404, 200, 200, 404, 404],
        ["POST /leads/{id}/activities"] = [401, 404, 201, 201, 404, 404],
        ["POST /leads/{id}/tasks"] = [401, 404, 201, 201, 404, 404],
        ["GET /leads/{id}/tasks"] = [401, 404, 200, 200, 404, 404],
        ["PUT /leads/{id}/tasks/{t}/done"] = [401, 404, 200, 200, 404, 404],
        ["GET /leads/{id}/site-proposals"] = [401, 404, 200, 200, 404, 404],
        ["POST /leads/{id}/site-proposals/{p}/accept"] = [401, 404, 200, 200, 404, 404],
        ["POST /leads/{id}/site-proposals/{p}/decline"] = [401, 404, 200, 200, 404, 404],
        ["GET /tasks"] = [401, 403, 200, 200, 403, 403],
        ["GET /pipeline"] = [401, 403, 200, 200, 403, 403],
        ["GET /kpis"] = [401, 403, 200, 200, 403, 403],
        ["GET /shared-leads"] = [401, 403, 403, 403, 200, 200],
        ["GET /shared-leads/{id}"] = [401, 404, 404, 404, 200, 404],
        ["POST /shared-leads/{id}/site-proposals"] = [401, 404, 404, 404, 201, 404],
    };

    private readonly InvestmentApi _api = fixture.Api;

    public static TheoryData<string, string, int> Rows()
    {
        var rows = new TheoryData<string, string, int>();
        foreach (var (endpoint, statuses) in Matrix)
        {
            for (var i = 0; i < Users.Length; i++)
            {
                rows.Add(endpoint, Users[i], statuses[i]);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_user_gets_the_expected_status_from_each_endpoint(string endpoint, string user, int expected)
    {
        var lead = await _api.CreateLeadAsync(LeadRequests.ReadyToWin(sharedWith: [SharingEpci]));
        var client = Client(user);

        var response = await CallAsync(endpoint, client, lead);

        Assert.True(expected == (int)response.StatusCode,
            $"{endpoint} as {user}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private HttpClient Client(string user) => user switch
    {
        "anonymous" => _api.Anonymous(),
        "coordinator" => _api.As(TestTokens.Coordinator("amadea-franche-comte")),
        "investment-officer" => _api.InvestmentOfficer(),
        "investment-senior" => _api.Senior(),
        "interco-sharing" => _api.Interco(SharingEpci),
        "interco-other" => _api.Interco(OtherEpci),
        _ => throw new ArgumentOutOfRangeException(nameof(user)),
    };

    private async Task<HttpResponseMessage> CallAsync(string endpoint, HttpClient client, LeadResponse lead)
    {
        var json = InvestmentApi.Json;
        var leadUrl = $"/api/investment/leads/{lead.Id}";
        switch (endpoint)
        {
            case "GET /leads": return await client.GetAsync("/api/investment/leads");
            case "POST /leads": return await client.PostAsJsonAsync("/api/investment/leads", LeadRequests.Identified(), json);
            case "GET /leads/export.csv": return await client.GetAsync("/api/investment/leads/export.csv");
            case "GET /leads/{id}": return await client.GetAsync(leadUrl);
            case "PUT /leads/{id}":
                var put = new HttpRequestMessage(HttpMethod.Put, leadUrl) { Content = JsonContent.Create(LeadRequests.ReadyToWin(), options: json) };
                put.Headers.TryAddWithoutValidation("If-Match", "*");
                return await client.SendAsync(put);
            case "POST /leads/{id}/stage": return await client.PostAsJsonAsync($"{leadUrl}/stage", new StageRequest(LeadStage.Contacted, null), json);
            case "POST /leads/{id}/hold": return await client.PostAsync($"{leadUrl}/hold", null);
            case "POST /leads/{id}/resume":
                await Expect.StatusAsync(await _api.InvestmentOfficer().PostAsync($"{leadUrl}/hold", null), HttpStatusCode.OK);
                return await client.PostAsync($"{leadUrl}/resume", null);
            case "POST /leads/{id}/lose": return await client.PostAsJsonAsync($"{leadUrl}/lose", new LoseRequest("PT", "Costs"), json);
            case "POST /leads/{id}/abandon": return await client.PostAsJsonAsync($"{leadUrl}/abandon", new AbandonRequest("Dropped"), json);
            case "GET /leads/{id}/tasks": return await client.GetAsync($"{leadUrl}/tasks");
            case "PUT /leads/{id}/tasks/{t}/done":
                var created = await _api.InvestmentOfficer().PostAsJsonAsync($"{leadUrl}/tasks",
                    new TaskRequest("Call back", InvestmentApi.OfficerId, new DateOnly(2026, 2, 1)), json);
                var task = (await created.Content.ReadFromJsonAsync<TaskResponse>(json))!;
                return await client.PutAsJsonAsync($"{leadUrl}/tasks/{task.Id}/done", new TaskDoneRequest(true), json);
            case "POST /leads/{id}/site-proposals/{p}/decline":
                var declined = await ProposeAsync(_api.Interco(SharingEpci), lead.Id);
                return await client.PostAsync($"{leadUrl}/site-proposals/{declined.Id}/decline", null);
            case "GET /leads/{id}/stage-log": return await client.GetAsync($"{leadUrl}/stage-log");
            case "GET /leads/{id}/activities": return await client.GetAsync($"{leadUrl}/activities");
            case "POST /leads/{id}/activities":
                return await client.PostAsJsonAsync($"{leadUrl}/activities", new ActivityRequest(ActivityKind.Call, new DateOnly(2026, 1, 5), "First call"), json);
            case "POST /leads/{id}/tasks":
                return await client.PostAsJsonAsync($"{leadUrl}/tasks", new TaskRequest("Send the plot file", InvestmentApi.OfficerId, new DateOnly(2026, 2, 1)), json);
            case "GET /leads/{id}/site-proposals": return await client.GetAsync($"{leadUrl}/site-proposals");
            case "POST /leads/{id}/site-proposals/{p}/accept":
                var proposal = await ProposeAsync(_api.Interco(SharingEpci), lead.Id);
                return await client.PostAsync($"{leadUrl}/site-proposals/{proposal.Id}/accept", null);
            case "GET /tasks": return await client.GetAsync("/api/investment/tasks?assignee=me");
            case "GET /pipeline": return await client.GetAsync("/api/investment/pipeline");
            case "GET /kpis": return await client.GetAsync("/api/investment/kpis?year=2026");
            case "GET /shared-leads": return await client.GetAsync("/api/investment/shared-leads");
            case "GET /shared-leads/{id}": return await client.GetAsync($"/api/investment/shared-leads/{lead.Id}");
            case "POST /shared-leads/{id}/site-proposals":
                return await client.PostAsJsonAsync($"/api/investment/shared-leads/{lead.Id}/site-proposals", Proposal(), json);
            default: throw new ArgumentOutOfRangeException(nameof(endpoint));
        }
    }

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

    [Fact]
    public async Task Regional_officers_and_swiss_partners_never_see_a_lead()
    {
        var lead = await _api.CreateLeadAsync(LeadRequests.ReadyToWin(sharedWith: [SharingEpci]));

        await Expect.ProblemAsync(await _api.As(TestTokens.RegionalOfficer()).GetAsync($"/api/investment/leads/{lead.Id}"), HttpStatusCode.NotFound);
        await Expect.ProblemAsync(await _api.As(TestTokens.For(Roles.SwissPartner, SharingEpci)).GetAsync($"/api/investment/shared-leads/{lead.Id}"), HttpStatusCode.NotFound);
        await Expect.ProblemAsync(await _api.As(TestTokens.For(Roles.SwissPartner, "hes-so")).GetAsync("/api/investment/leads"), HttpStatusCode.Forbidden);
    }
}
