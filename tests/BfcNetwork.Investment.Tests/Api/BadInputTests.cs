using System.Net;
using System.Net.Http.Json;
using System.Text;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Investment.Tests.Api;

public sealed class BadInputTests(InvestmentApiFixture fixture) : IClassFixture<InvestmentApiFixture>
{
    private readonly InvestmentApi _api = fixture.Api;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        await Expect.ProblemAsync(await _api.InvestmentOfficer().PostAsync("/api/investment/leads", Json("{\"companyName\": \"Acme\", ")), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_enum_word_is_a_400_problem_naming_the_field()
    {
        var errors = await Expect.ProblemAsync(await _api.InvestmentOfficer().PostAsync("/api/investment/leads",
            Json("{\"companyName\": \"Acme\", \"originCountry\": \"US\", \"sector\": \"tobacco\"}")), HttpStatusCode.BadRequest);

        Assert.Contains("$.sector", errors.Keys);
    }

    [Fact]
    public async Task An_unknown_stage_is_a_400_problem()
    {
        var lead = await _api.CreateLeadAsync(LeadRequests.Identified());

        await Expect.ProblemAsync(await _api.InvestmentOfficer().PostAsync($"/api/investment/leads/{lead.Id}/stage",
            Json("{\"stage\": \"signed\"}")), HttpStatusCode.BadRequest);
        var errors = await Expect.ProblemAsync(await _api.InvestmentOfficer().PostAsync($"/api/investment/leads/{lead.Id}/stage",
            Json("{\"stage\": \"lost\"}")), HttpStatusCode.BadRequest);
        Assert.Equal(["stage"], errors.Keys);
    }

    [Theory]
    [InlineData("/api/investment/leads?pageSize=0", "pageSize")]
    [InlineData("/api/investment/leads?pageSize=1000", "pageSize")]
    [InlineData("/api/investment/leads?page=0", "page")]
    [InlineData("/api/investment/leads?stage=signed", "stage")]
    [InlineData("/api/investment/leads?sector=tobacco", "sector")]
    [InlineData("/api/investment/leads?country=spain", "country")]
    [InlineData("/api/investment/leads?country=XX", "country")]
    [InlineData("/api/investment/tasks?pageSize=-1", "pageSize")]
    [InlineData("/api/investment/kpis?year=20000", "year")]
    [InlineData("/api/investment/leads/export.csv?stage=nope", "stage")]
    public async Task Bad_query_values_are_400_problems_naming_the_field(string url, string field)
    {
        var errors = await Expect.ProblemAsync(await _api.InvestmentOfficer().GetAsync(url), HttpStatusCode.BadRequest);

        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public async Task A_non_numeric_page_size_is_a_400_problem()
    {
        await Expect.ProblemAsync(await _api.InvestmentOfficer().GetAsync("/api/investment/leads?pageSize=many"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Missing_required_fields_are_reported_by_name()
    {
        var errors = await Expect.ProblemAsync(await _api.InvestmentOfficer().PostAsync("/api/investment/leads", Json("{}")), HttpStatusCode.BadRequest);

        Assert.Equal(["companyName", "originCountry"], errors.Keys.Order());
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("UK")]
    public async Task A_two_letter_code_that_is_no_country_is_reported_by_name(string code)
    {
        var errors = await Expect.ProblemAsync(await _api.InvestmentOfficer().PostAsJsonAsync("/api/investment/leads",
            LeadRequests.Identified() with { OriginCountry = code }, InvestmentApi.Json), HttpStatusCode.BadRequest);

        Assert.Equal(["originCountry"], errors.Keys);
    }

    [Fact]
    public async Task Out_of_range_numbers_are_reported_by_name()
    {
        var errors = await Expect.ProblemAsync(await _api.InvestmentOfficer().PostAsJsonAsync("/api/investment/leads",
            LeadRequests.Identified() with { CapexEur = -1m, JobsAnnounced = -5 }, InvestmentApi.Json), HttpStatusCode.BadRequest);

        Assert.Equal(["capexEur", "jobsAnnounced"], errors.Keys.Order());
    }

    [Fact]
    public async Task Marking_a_task_without_saying_done_or_open_is_a_400_and_leaves_it_as_it_was()
    {
        var officer = _api.InvestmentOfficer();
        var lead = await InvestmentApi.CreateLeadAsync(officer, LeadRequests.Identified());
        var created = await officer.PostAsJsonAsync($"/api/investment/leads/{lead.Id}/tasks",
            new TaskRequest("Call back the CFO", InvestmentApi.OfficerId, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7)), InvestmentApi.Json);
        var task = (await created.Content.ReadFromJsonAsync<TaskResponse>(InvestmentApi.Json))!;
        await Expect.StatusAsync(await officer.PutAsJsonAsync($"/api/investment/leads/{lead.Id}/tasks/{task.Id}/done", new TaskDoneRequest(true), InvestmentApi.Json), HttpStatusCode.OK);

        var errors = await Expect.ProblemAsync(await officer.PutAsync($"/api/investment/leads/{lead.Id}/tasks/{task.Id}/done", Json("{}")), HttpStatusCode.BadRequest);

        Assert.Equal(["done"], errors.Keys);
        var tasks = (await officer.GetFromJsonAsync<List<TaskResponse>>($"/api/investment/leads/{lead.Id}/tasks", InvestmentApi.Json))!;
        Assert.True(Assert.Single(tasks).Done);
    }

    [Fact]
    public async Task An_owner_filter_longer_than_any_user_id_is_a_400_problem()
    {
        var errors = await Expect.ProblemAsync(await _api.InvestmentOfficer().GetAsync($"/api/investment/leads?owner={new string('o', 201)}"), HttpStatusCode.BadRequest);

        Assert.Equal(["owner"], errors.Keys);
    }
}
