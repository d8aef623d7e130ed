using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Solidarity.Apis.Models;
using BfcNetwork.Solidarity.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Solidarity.Tests.Api;

public sealed class PublicAndAssociationsApiTests(SolidarityApiFixture fixture) : IClassFixture<SolidarityApiFixture>
{
    private readonly SolidarityApi _api = fixture.Api;

    [Fact]
    public async Task The_public_list_shows_approved_projects_only_without_personal_data()
    {
        var association = await _api.NewAssociationAsync("Public list");
        var coordinator = _api.Coordinator(association);
        var (approved, _) = await _api.CreateProjectAsync(coordinator, ProjectRequests.Valid("Approved wells") with { BeneficiaryCountry = "BJ" });
        var (draft, _) = await _api.CreateProjectAsync(coordinator, ProjectRequests.Valid("Draft wells") with { BeneficiaryCountry = "BJ" });
        await _api.SubmitAsync(coordinator, approved.Id);
        await Expect.StatusAsync(await _api.DecideAsync(approved.Id, new DecisionRequest("approve", 8_000m, "Granted")), HttpStatusCode.OK);

        var response = await _api.Anonymous().GetAsync("/api/solidarity/public/projects?country=BJ");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        var page = (await response.Content.ReadFromJsonAsync<PagedResponse<PublicProject>>(SolidarityApi.Json))!;
        var shown = Assert.Single(page.Items);
        Assert.Equal((approved.Id, 8_000m), (shown.Id, shown.GrantedAmountEur));
        Assert.DoesNotContain(draft.Id.ToString(), body);
        Assert.DoesNotContain("coordinator@", body);
        Assert.DoesNotContain("officer@", body);
    }

    [Fact]
    public async Task A_regional_officer_registers_associations_with_readable_ids()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];

        var response = await _api.Officer().PostAsJsonAsync("/api/solidarity/associations",
            new AssociationRequest(null, $"Amadéa Franche-Comté {suffix}", "Besançon"), SolidarityApi.Json);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var association = (await response.Content.ReadFromJsonAsync<AssociationResponse>(SolidarityApi.Json))!;
        Assert.Equal($"amadea-franche-comte-{suffix}", association.Id);
        Assert.Equal($"/api/solidarity/associations/{association.Id}", response.Headers.Location?.OriginalString);

        var again = await _api.Officer().PostAsJsonAsync("/api/solidarity/associations",
            new AssociationRequest(association.Id, "Duplicate", "Dijon"), SolidarityApi.Json);
        await Expect.ProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Coordinators_cannot_register_associations_and_see_only_their_own()
    {
        var mine = await _api.NewAssociationAsync("Mine");
        var theirs = await _api.NewAssociationAsync("Theirs");
        var coordinator = _api.Coordinator(mine);

        await Expect.ProblemAsync(
            await coordinator.PostAsJsonAsync("/api/solidarity/associations", new AssociationRequest(null, "Self-registered", "Dole"), SolidarityApi.Json),
            HttpStatusCode.Forbidden);
        var list = (await coordinator.GetFromJsonAsync<PagedResponse<AssociationResponse>>("/api/solidarity/associations", SolidarityApi.Json))!;
        Assert.Equal([mine], list.Items.Select(a => a.Id));
        await Expect.ProblemAsync(await coordinator.GetAsync($"/api/solidarity/associations/{theirs}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invalid_association_ids_and_missing_names_are_field_errors()
    {
        var errors = await Expect.ProblemAsync(
            await _api.Officer().PostAsJsonAsync("/api/solidarity/associations", new AssociationRequest("Not A Slug!", null, ""), SolidarityApi.Json),
            HttpStatusCode.BadRequest);

        Assert.Superset(new HashSet<string> { "id", "name", "city" }, errors.Keys.ToHashSet());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_project_operations()
    {
        var document = await _api.Anonymous().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/solidarity/projects/{id}/decision", document);
        Assert.Contains("/api/solidarity/public/projects", document);
    }
}
