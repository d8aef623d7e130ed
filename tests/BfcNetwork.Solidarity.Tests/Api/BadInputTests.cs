using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Solidarity.Apis.Models;
using BfcNetwork.Solidarity.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Solidarity.Tests.Api;

/// <summary>Input the network fuzz test found answered with a 500 or taken: each now a problem, with nothing stored.</summary>
public sealed class BadInputTests(SolidarityApiFixture fixture) : IClassFixture<SolidarityApiFixture>
{
    private readonly SolidarityApi _api = fixture.Api;

    [Fact]
    public async Task A_title_holding_a_NUL_character_is_a_400_problem_and_stores_nothing()
    {
        var association = await _api.NewAssociationAsync("NUL title");
        var coordinator = _api.Coordinator(association);

        await Expect.ProblemAsync(await coordinator.PostAsJsonAsync("/api/solidarity/projects",
            ProjectRequests.Valid("Solar\u0000dryers"), SolidarityApi.Json), HttpStatusCode.BadRequest);

        Assert.Equal(0, await ProjectCountAsync(coordinator));
    }

    [Fact]
    public async Task A_search_for_a_NUL_character_is_a_400_problem()
    {
        var association = await _api.NewAssociationAsync("NUL search");

        await Expect.ProblemAsync(await _api.Coordinator(association).GetAsync("/api/solidarity/projects?q=a%00b"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_over_the_request_limit_is_a_413_problem_and_stores_nothing()
    {
        var association = await _api.NewAssociationAsync("Oversized body");
        var coordinator = _api.Coordinator(association);
        // A valid project, but for an unknown property that takes it over the limit.
        var body = ToJson(ProjectRequests.Valid());
        body["padding"] = new string('x', (int)RequestBodyLimitExtensions.DefaultMaxBytes);

        await Expect.ProblemAsync(await coordinator.PostAsync("/api/solidarity/projects",
            new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json")), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(0, await ProjectCountAsync(coordinator));
    }

    private static JsonObject ToJson(ProjectRequest request) =>
        System.Text.Json.JsonSerializer.SerializeToNode(request, SolidarityApi.Json)!.AsObject();

    private static async Task<int> ProjectCountAsync(HttpClient coordinator) =>
        (await coordinator.GetFromJsonAsync<PagedResponse<ProjectSummary>>("/api/solidarity/projects", SolidarityApi.Json))!.Total;
}
