using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.CrossBorder.Tests.Api;

/// <summary>EUR and CHF are never added together: a combined figure needs a dated rate and says it is indicative.</summary>
public sealed class CurrencyTests(CrossBorderApiFixture fixture) : IClassFixture<CrossBorderApiFixture>
{
    private readonly CrossBorderApi _api = fixture.Api;

    [Fact]
    public async Task The_sub_budgets_stay_in_their_own_currencies_and_no_combined_figure_appears_without_a_rate()
    {
        var project = await _api.CreateProjectAsync();

        var (read, _) = await _api.GetProjectAsync(project.Id);

        Assert.Equal(new Money(100_000m, "EUR"), read.Budget.French.Total);
        Assert.Equal(new Money(100_000m, "CHF"), read.Budget.Swiss.Total);
        Assert.Contains(new FundAmount("erdf", new Money(60_000m, "EUR")), read.Budget.French.ByFund);
        Assert.Contains(new FundAmount("own-funds", new Money(30_000m, "CHF")), read.Budget.Swiss.ByFund);
        Assert.Null(read.Budget.IndicativeCombined);
    }

    [Fact]
    public async Task A_caller_supplied_dated_rate_gives_an_indicative_total_labelled_as_such()
    {
        var project = await _api.CreateProjectAsync();

        var read = await _api.Officer().GetFromJsonAsync<ProjectResponse>(
            $"{CrossBorderApi.ProjectsPath}/{project.Id}?chfPerEur=0.95&rateDate=2025-11-03", TestJson.Options);

        var combined = read!.Budget.IndicativeCombined!;
        Assert.Equal(new Money(205_263.16m, "EUR"), combined.Amount);
        Assert.Equal((0.95m, new DateOnly(2025, 11, 3), "caller"), (combined.Rate.ChfPerEur, combined.Rate.Date, combined.Rate.Source));
        Assert.StartsWith("Indicative only", combined.Label, StringComparison.Ordinal);
        Assert.Equal(new Money(100_000m, "CHF"), read.Budget.Swiss.Total);
    }

    [Theory]
    [InlineData("chfPerEur=0.95", "rateDate")]
    [InlineData("rateDate=2025-11-03", "chfPerEur")]
    [InlineData("chfPerEur=-1&rateDate=2025-11-03", "chfPerEur")]
    [InlineData("chfPerEur=0.95&rateDate=2999-01-01", "rateDate")]
    public async Task A_rate_without_its_date_or_out_of_range_is_refused(string query, string field)
    {
        var project = await _api.CreateProjectAsync();

        var errors = await Expect.ProblemAsync(await _api.Officer().GetAsync($"{CrossBorderApi.ProjectsPath}/{project.Id}?{query}"), HttpStatusCode.BadRequest);

        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public async Task The_project_list_shows_the_two_sub_totals_apart()
    {
        var project = await _api.CreateProjectAsync();

        var list = await _api.Officer().GetFromJsonAsync<PagedResponse<ProjectSummary>>(
            $"{CrossBorderApi.ProjectsPath}?q={project.Acronym}", TestJson.Options);

        var line = Assert.Single(list!.Items);
        Assert.Equal((new Money(100_000m, "EUR"), new Money(100_000m, "CHF")), (line.FrenchTotal, line.SwissTotal));
    }

    [Fact]
    public void Adding_amounts_of_different_currencies_throws_instead_of_summing()
    {
        var eur = new Money(10m, "EUR");

        Assert.Equal(new Money(20m, "EUR"), eur + eur);
        Assert.Throws<InvalidOperationException>(() => eur + new Money(10m, "CHF"));
    }
}

/// <summary>A service whose configuration holds a dated rate, as the Development settings do.</summary>
public sealed class ConfiguredRateTests(TestServers servers) : IAsyncLifetime
{
    private CrossBorderApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await CrossBorderApi.StartAsync(servers, "crossborder_rate", new Dictionary<string, string?>
    {
        ["Programme:IndicativeExchangeRate:ChfPerEur"] = "0.9",
        ["Programme:IndicativeExchangeRate:Date"] = "2025-10-31",
    });

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_configured_rate_gives_the_indicative_total_and_says_where_it_comes_from()
    {
        var project = await _api.CreateProjectAsync();

        var combined = (await _api.GetProjectAsync(project.Id)).Project.Budget.IndicativeCombined!;

        Assert.Equal(new Money(211_111.11m, "EUR"), combined.Amount);
        Assert.Equal("configured", combined.Rate.Source);
        Assert.Contains("2025-10-31", combined.Label, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_small_project_is_capped_per_side_and_in_total_with_the_French_side_converted_at_the_configured_rate()
    {
        var request = ProjectRequests.Valid(call: "ARC-PP-2025") with
        {
            DurationMonths = 12,
            Partners =
            [
                ProjectRequests.French(ProjectRequests.Unique("lycee"), "LYCEE", PartnerRole.Lead,
                    ProjectRequests.Eur(60_000m, ("arc-jurassien-small", 12_000m), ("own-funds", 48_000m))),
                ProjectRequests.Swiss(ProjectRequests.Unique("ecole"), "ECOLE", PartnerRole.Lead,
                    ProjectRequests.Chf(50_000m, ("arc-jurassien-small", 9_000m), ("cantonal", 41_000m))),
            ],
        };
        var project = await _api.CreateProjectAsync(request);

        var errors = await Expect.ProblemAsync(await _api.TransitionAsync(project.Id, ProjectStatus.Submitted), HttpStatusCode.BadRequest);

        // EUR 60,000 at 0.9 is CHF 54,000, plus CHF 50,000: CHF 104,000, above the CHF 100,000 cap.
        Assert.Contains(errors["budget"], m => m.Contains("at most 10,000 EUR on the FR side", StringComparison.Ordinal));
        Assert.Contains(errors["budget"], m => m.Contains("104,000.00 CHF", StringComparison.Ordinal));
        Assert.DoesNotContain(errors["budget"], m => m.Contains("CH side", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_small_project_within_the_caps_is_submitted()
    {
        var request = ProjectRequests.Valid(call: "ARC-PP-2025") with
        {
            DurationMonths = 12,
            Partners =
            [
                ProjectRequests.French(ProjectRequests.Unique("lycee"), "LYCEE", PartnerRole.Lead,
                    ProjectRequests.Eur(18_000m, ("arc-jurassien-small", 9_000m), ("own-funds", 9_000m))),
                ProjectRequests.Swiss(ProjectRequests.Unique("ecole"), "ECOLE", PartnerRole.Lead,
                    ProjectRequests.Chf(16_000m, ("arc-jurassien-small", 8_000m), ("cantonal", 8_000m))),
            ],
        };
        var project = await _api.CreateProjectAsync(request);

        await Expect.StatusAsync(await _api.TransitionAsync(project.Id, ProjectStatus.Submitted), HttpStatusCode.OK);
    }
}
