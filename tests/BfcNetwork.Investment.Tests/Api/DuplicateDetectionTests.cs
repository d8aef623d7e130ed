using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Investment.Tests.Api;

public sealed class DuplicateDetectionTests(InvestmentApiFixture fixture) : IClassFixture<InvestmentApiFixture>
{
    private readonly InvestmentApi _api = fixture.Api;

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    private async Task<Guid> ExpectDuplicateOfAsync(LeadRequest request, string query = "")
    {
        var response = await _api.InvestmentOfficer().PostAsJsonAsync($"/api/investment/leads{query}", request, InvestmentApi.Json);
        await Expect.ProblemAsync(response, HttpStatusCode.Conflict);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("existingLeadId").GetGuid();
    }

    [Fact]
    public async Task Accents_and_case_do_not_hide_a_duplicate()
    {
        var suffix = Suffix();
        var existing = await _api.CreateLeadAsync(LeadRequests.Identified($"Société Générale {suffix}", "FR"));

        Assert.Equal(existing.Id, await ExpectDuplicateOfAsync(LeadRequests.Identified($"SOCIETE GENERALE {suffix.ToUpperInvariant()} SA", "FR")));
    }

    [Fact]
    public async Task Legal_suffixes_do_not_hide_a_duplicate()
    {
        var suffix = Suffix();
        var existing = await _api.CreateLeadAsync(LeadRequests.Identified($"Vicky Foods {suffix} S.L.", "ES"));

        Assert.Equal(existing.Id, await ExpectDuplicateOfAsync(LeadRequests.Identified($"vicky foods {suffix}", "ES")));
    }

    [Fact]
    public async Task The_same_name_from_another_country_is_not_a_duplicate()
    {
        var name = $"Antolin {Suffix()}";
        await _api.CreateLeadAsync(LeadRequests.Identified(name, "ES"));

        await _api.CreateLeadAsync(LeadRequests.Identified(name, "MX"));
    }

    [Fact]
    public async Task A_closed_lead_is_not_a_duplicate()
    {
        var name = $"Nordic Cells {Suffix()} AB";
        var closed = await _api.CreateLeadAsync(LeadRequests.Identified(name, "SE"));
        await Expect.StatusAsync(await _api.InvestmentOfficer().PostAsJsonAsync($"/api/investment/leads/{closed.Id}/lose",
            new LoseRequest("DE", "Subsidies in Germany"), InvestmentApi.Json), HttpStatusCode.OK);

        await _api.CreateLeadAsync(LeadRequests.Identified(name, "SE"));
    }

    [Fact]
    public async Task Confirming_overrides_the_duplicate_check_by_query_or_body()
    {
        var name = $"Helvetic Microtech {Suffix()} AG";
        var existing = await _api.CreateLeadAsync(LeadRequests.Identified(name, "CH"));

        var byQuery = await _api.InvestmentOfficer().PostAsJsonAsync("/api/investment/leads?confirmDuplicate=true",
            LeadRequests.Identified(name, "CH"), InvestmentApi.Json);
        var byBody = await _api.InvestmentOfficer().PostAsJsonAsync("/api/investment/leads",
            LeadRequests.Identified(name + " SA", "CH") with { ConfirmDuplicate = true }, InvestmentApi.Json);

        await Expect.StatusAsync(byQuery, HttpStatusCode.Created);
        await Expect.StatusAsync(byBody, HttpStatusCode.Created);
        Assert.Equal(existing.Id, await ExpectDuplicateOfAsync(LeadRequests.Identified(name, "CH")));
    }
}
