using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Solidarity.Apis.Models;
using BfcNetwork.Solidarity.Domain;
using BfcNetwork.Solidarity.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using Npgsql;

namespace BfcNetwork.Solidarity.Tests.Api;

public sealed class ProjectsApiTests(SolidarityApiFixture fixture) : IClassFixture<SolidarityApiFixture>
{
    private readonly SolidarityApi _api = fixture.Api;

    [Fact]
    public async Task A_coordinator_creates_a_draft_for_their_association_and_gets_its_location_and_version()
    {
        var association = await _api.NewAssociationAsync("Amadéa Franche-Comté");

        var response = await _api.Coordinator(association).PostAsJsonAsync("/api/solidarity/projects", ProjectRequests.Valid(), SolidarityApi.Json);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var project = (await response.Content.ReadFromJsonAsync<ProjectResponse>(SolidarityApi.Json))!;
        Assert.Equal($"/api/solidarity/projects/{project.Id}", response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal((association, ProjectStatus.Draft, 10_000m), (project.AssociationId, project.Status, project.Budget.RequestedGrant));

        var fetched = await _api.Coordinator(association).GetAsync(response.Headers.Location);
        await Expect.StatusAsync(fetched, HttpStatusCode.OK);
        Assert.Equal(response.Headers.ETag, fetched.Headers.ETag);
    }

    [Fact]
    public async Task A_grant_over_half_the_costs_and_a_country_off_the_DAC_list_are_reported_field_by_field_and_nothing_is_written()
    {
        var association = await _api.NewAssociationAsync();
        var request = ProjectRequests.Valid().WithBudget(20_000m, 2_000m, 12_000m, 6_000m) with { BeneficiaryCountry = "FR" };

        var response = await _api.Coordinator(association).PostAsJsonAsync("/api/solidarity/projects", request, SolidarityApi.Json);

        var errors = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("not on the OECD DAC list", Assert.Single(errors["beneficiaryCountry"]));
        Assert.Contains("50", Assert.Single(errors["budget.requestedGrant"]));
        Assert.Equal(0, await CountProjectsAsync(association));
    }

    [Fact]
    public async Task Missing_and_malformed_fields_are_named_in_the_problem()
    {
        var association = await _api.NewAssociationAsync();
        var request = ProjectRequests.Valid() with { Title = null, Sdgs = [0, 18], DacSectors = ["3119"], EndDate = DateOnly.FromDateTime(DateTime.UtcNow) };

        var response = await _api.Coordinator(association).PostAsJsonAsync("/api/solidarity/projects", request, SolidarityApi.Json);

        var errors = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Superset(new HashSet<string> { "title", "sdgs[0]", "sdgs[1]", "dacSectors[0]", "endDate" }, errors.Keys.ToHashSet());
    }

    [Fact]
    public async Task A_body_that_is_not_valid_json_is_a_400_problem_not_a_500()
    {
        var association = await _api.NewAssociationAsync();
        var content = new StringContent("{\"title\": 5, \"budget\": ", System.Text.Encoding.UTF8, "application/json");

        var response = await _api.Coordinator(association).PostAsync("/api/solidarity/projects", content);

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401()
    {
        var response = await _api.Anonymous().GetAsync("/api/solidarity/projects");

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var response = await _api.As(TestTokens.Forged(Roles.RegionalOfficer)).GetAsync("/api/solidarity/projects");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_cannot_decide_on_a_project()
    {
        var association = await _api.NewAssociationAsync();
        var coordinator = _api.Coordinator(association);
        var (project, _) = await _api.CreateProjectAsync(coordinator);
        await _api.SubmitAsync(coordinator, project.Id);

        var response = await coordinator.PostAsJsonAsync($"/api/solidarity/projects/{project.Id}/decision",
            new DecisionRequest("approve", 5_000m, null), SolidarityApi.Json);

        await Expect.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_coordinator_of_another_association_neither_sees_nor_touches_the_project()
    {
        var owner = await _api.NewAssociationAsync("Owner");
        var other = await _api.NewAssociationAsync("Other");
        var (project, etag) = await _api.CreateProjectAsync(_api.Coordinator(owner), ProjectRequests.Valid("Secret wells of the owner"));
        var intruder = _api.Coordinator(other);

        await Expect.ProblemAsync(await intruder.GetAsync($"/api/solidarity/projects/{project.Id}"), HttpStatusCode.NotFound);
        await Expect.ProblemAsync(await intruder.GetAsync($"/api/solidarity/projects/{project.Id}/history"), HttpStatusCode.NotFound);
        await Expect.ProblemAsync(await intruder.PostAsync($"/api/solidarity/projects/{project.Id}/submit", null), HttpStatusCode.NotFound);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/solidarity/projects/{project.Id}") { Content = JsonContent.Create(ProjectRequests.Valid(), options: SolidarityApi.Json) };
        put.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        await Expect.ProblemAsync(await intruder.SendAsync(put), HttpStatusCode.NotFound);

        var list = await intruder.GetStringAsync("/api/solidarity/projects?q=Secret");
        Assert.DoesNotContain(project.Id.ToString(), list);
        Assert.Contains("\"total\":0", list);
        Assert.Contains(project.Id.ToString(), await _api.Officer().GetStringAsync("/api/solidarity/projects?q=Secret%20wells"));
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_a_missing_one_with_428()
    {
        var association = await _api.NewAssociationAsync();
        var coordinator = _api.Coordinator(association);
        var (project, etag) = await _api.CreateProjectAsync(coordinator);

        var first = await PutAsync(coordinator, project.Id, ProjectRequests.Valid("First revision"), etag);
        await Expect.StatusAsync(first, HttpStatusCode.OK);
        Assert.NotEqual(etag, first.Headers.ETag!.Tag);

        var stale = await PutAsync(coordinator, project.Id, ProjectRequests.Valid("Lost update"), etag);
        await Expect.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        var missing = await PutAsync(coordinator, project.Id, ProjectRequests.Valid("Blind update"), null);
        await Expect.ProblemAsync(missing, HttpStatusCode.PreconditionRequired);

        var current = (await coordinator.GetFromJsonAsync<ProjectResponse>($"/api/solidarity/projects/{project.Id}", SolidarityApi.Json))!;
        Assert.Equal("First revision", current.Title);
    }

    [Fact]
    public async Task Concurrent_revisions_with_the_same_version_let_exactly_one_through()
    {
        var association = await _api.NewAssociationAsync();
        var coordinator = _api.Coordinator(association);
        var (project, etag) = await _api.CreateProjectAsync(coordinator);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            PutAsync(_api.Coordinator(association), project.Id, ProjectRequests.Valid($"Revision {i}"), etag)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
    }

    [Fact]
    public async Task The_full_lifecycle_is_recorded_with_who_when_and_why()
    {
        var association = await _api.NewAssociationAsync();
        var coordinator = _api.As(TestTokens.Coordinator(association, "alice"));
        var (project, _) = await _api.CreateProjectAsync(coordinator);
        await _api.SubmitAsync(coordinator, project.Id);
        await Expect.StatusAsync(await _api.DecideAsync(project.Id, new DecisionRequest("request-changes", null, "Detail the co-funding")), HttpStatusCode.OK);
        await _api.SubmitAsync(coordinator, project.Id);
        var approval = await _api.DecideAsync(project.Id, new DecisionRequest("approve", 9_000m, "Granted"));
        await Expect.StatusAsync(approval, HttpStatusCode.OK);

        var history = (await coordinator.GetFromJsonAsync<List<ProjectTransitionResponse>>($"/api/solidarity/projects/{project.Id}/history", SolidarityApi.Json))!;

        Assert.Equal(
            [ProjectStatus.Draft, ProjectStatus.Submitted, ProjectStatus.ChangesRequested, ProjectStatus.Submitted, ProjectStatus.Approved],
            history.Select(h => h.To));
        Assert.Equal(["alice", "alice", "officer@region", "alice", "officer@region"], history.Select(h => h.ChangedBy));
        Assert.Equal("Detail the co-funding", history[2].Comment);
        Assert.Equal(9_000m, (await approval.Content.ReadFromJsonAsync<ProjectResponse>(SolidarityApi.Json))!.GrantedAmount);
    }

    [Fact]
    public async Task Illegal_transitions_are_409_and_change_nothing()
    {
        var association = await _api.NewAssociationAsync();
        var coordinator = _api.Coordinator(association);
        var (project, _) = await _api.CreateProjectAsync(coordinator);

        await Expect.ProblemAsync(await _api.DecideAsync(project.Id, new DecisionRequest("approve", 5_000m, null)), HttpStatusCode.Conflict);
        await Expect.StatusAsync(await coordinator.PostAsync($"/api/solidarity/projects/{project.Id}/cancel", null), HttpStatusCode.OK);
        await Expect.ProblemAsync(await coordinator.PostAsync($"/api/solidarity/projects/{project.Id}/submit", null), HttpStatusCode.Conflict);

        var current = (await coordinator.GetFromJsonAsync<ProjectResponse>($"/api/solidarity/projects/{project.Id}", SolidarityApi.Json))!;
        Assert.Equal(ProjectStatus.Cancelled, current.Status);
    }

    [Fact]
    public async Task An_approval_may_not_grant_more_than_requested()
    {
        var association = await _api.NewAssociationAsync();
        var coordinator = _api.Coordinator(association);
        var (project, _) = await _api.CreateProjectAsync(coordinator);
        await _api.SubmitAsync(coordinator, project.Id);

        var errors = await Expect.ProblemAsync(await _api.DecideAsync(project.Id, new DecisionRequest("approve", 10_000.01m, null)), HttpStatusCode.BadRequest);
        Assert.Contains("grantAmount", errors.Keys);
        errors = await Expect.ProblemAsync(await _api.DecideAsync(project.Id, new DecisionRequest("reject", null, " ")), HttpStatusCode.BadRequest);
        Assert.Contains("comment", errors.Keys);
        errors = await Expect.ProblemAsync(await _api.DecideAsync(project.Id, new DecisionRequest("maybe", null, null)), HttpStatusCode.BadRequest);
        Assert.Contains("outcome", errors.Keys);
    }

    [Fact]
    public async Task Submitting_an_unbalanced_budget_lists_every_failing_rule()
    {
        var association = await _api.NewAssociationAsync();
        var coordinator = _api.Coordinator(association);
        var (project, _) = await _api.CreateProjectAsync(coordinator, ProjectRequests.Valid().WithBudget(20_000m, 2_000m, 10_000m, 1_000m) with { Sdgs = [] });

        var errors = await Expect.ProblemAsync(await coordinator.PostAsync($"/api/solidarity/projects/{project.Id}/submit", null), HttpStatusCode.BadRequest);

        Assert.Contains("budget", errors.Keys);
        Assert.Contains("sdgs", errors.Keys);
    }

    [Fact]
    public async Task Lists_are_paged_filtered_and_capped_at_100_per_page()
    {
        var association = await _api.NewAssociationAsync();
        var coordinator = _api.Coordinator(association);
        for (var i = 0; i < 3; i++)
        {
            await _api.CreateProjectAsync(coordinator, ProjectRequests.Valid($"Paged project {i}") with { BeneficiaryCountry = "TG" });
        }

        var page = (await coordinator.GetFromJsonAsync<PagedResponse<ProjectSummary>>("/api/solidarity/projects?country=TG&status=draft&page=2&pageSize=2", SolidarityApi.Json))!;
        Assert.Equal((3, 2, 2), (page.Total, page.Page, page.PageSize));
        Assert.Single(page.Items);

        var errors = await Expect.ProblemAsync(await coordinator.GetAsync("/api/solidarity/projects?pageSize=101&page=0&sdg=18&status=pending"), HttpStatusCode.BadRequest);
        Assert.Superset(new HashSet<string> { "pageSize", "page", "sdg", "status" }, errors.Keys.ToHashSet());
    }

    [Fact]
    public async Task A_coordinator_whose_association_is_not_registered_cannot_create_projects()
    {
        var response = await _api.Coordinator("not-registered").PostAsJsonAsync("/api/solidarity/projects", ProjectRequests.Valid(), SolidarityApi.Json);

        await Expect.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, ProjectRequest request, string? etag)
    {
        var message = new HttpRequestMessage(HttpMethod.Put, $"/api/solidarity/projects/{id}")
        {
            Content = JsonContent.Create(request, options: SolidarityApi.Json),
        };
        if (etag is not null)
        {
            message.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        return client.SendAsync(message);
    }

    private async Task<long> CountProjectsAsync(string associationId)
    {
        await using var connection = new NpgsqlConnection(_api.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM projects WHERE association_id = @id", connection);
        command.Parameters.AddWithValue("id", associationId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
