using System.Net;
using System.Net.Http.Json;
using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Tests.Support;
using BfcNetwork.Testing;
using static BfcNetwork.CrossBorder.Tests.Support.ProjectRequests;

namespace BfcNetwork.CrossBorder.Tests.Api;

/// <summary>The rules checked at every write: each refused with the JSON path of the field at fault, and nothing saved.</summary>
public sealed class ProjectValidationTests(CrossBorderApiFixture fixture) : IClassFixture<CrossBorderApiFixture>
{
    private readonly CrossBorderApi _api = fixture.Api;

    private static ProjectRequest WithPartner(int index, Func<PartnerRequest, PartnerRequest> change)
    {
        var request = Valid();
        var partners = request.Partners!.ToList();
        partners[index] = change(partners[index]);
        return request with { Partners = partners };
    }

    private static ProjectRequest SameOrganisationTwice()
    {
        var request = Valid();
        var partners = request.Partners!.ToList();
        partners[2] = partners[2] with { OrganisationId = partners[1].OrganisationId };
        return request with { Partners = partners };
    }

    public static TheoryData<string, ProjectRequest> InvalidProjects => new()
    {
        { "acronym", Valid() with { Acronym = null } },
        { "acronym", Valid() with { Acronym = "NO/SLASHES" } },
        { "acronym", Valid() with { Acronym = "A-VERY-LONG-ACRONYM-INDEED" } },
        { "title", Valid() with { Title = " " } },
        { "specificObjective", Valid() with { SpecificObjective = "RSO9.9" } },
        { "callId", Valid() with { CallId = "NO-SUCH-CALL" } },
        { "durationMonths", Valid() with { DurationMonths = 0 } },
        { "durationMonths", Valid() with { DurationMonths = 37 } },
        { "description", Valid() with { Description = new string('x', ProjectLimits.TextLength + 1) } },
        { "partners[0].organisationId", WithPartner(0, p => p with { OrganisationId = "Not An Id" }) },
        { "partners[0].side", WithPartner(0, p => p with { Side = null }) },
        { "partners[0].organisationName", WithPartner(0, p => p with { OrganisationName = "" }) },
        { "partners[0].shortName", WithPartner(0, p => p with { ShortName = "SIXTEEN-LETTERS!" }) },
        { "partners[2].shortName", WithPartner(2, p => p with { ShortName = "ch-lead" }) },
        { "partners[2].organisationId", SameOrganisationTwice() },
        { "partners[0].territory", WithPartner(0, p => p with { Territory = "JU" }) },
        { "partners[1].territory", WithPartner(1, p => p with { Territory = "25" }) },
        { "partners[1].territory", WithPartner(1, p => p with { Territory = "XX" }) },
        { "partners[0].outsideAreaJustification", WithPartner(0, p => p with { Territory = "21" }) },
        { "partners[1].outsideAreaJustification", WithPartner(1, p => p with { Territory = "ZH" }) },
        { "partners[0].legalStatus", WithPartner(0, p => p with { LegalStatus = null }) },
        { "partners[0].contact.email", WithPartner(0, p => p with { Contact = new ContactModel("Claire", "not-an-email", null) }) },
        { "partners[0].contact.phone", WithPartner(0, p => p with { Contact = new ContactModel("Claire", "c@example.fr", "call me") }) },
        { "partners", WithPartner(2, p => p with { Role = PartnerRole.Lead }) },
        { "partners[1].budget.totalEligibleCost.currency", WithPartner(1, p => p with { Budget = Eur(80_000m, ("npr", 40_000m)) }) },
        { "partners[0].budget.coFinancing[0].amount.currency", WithPartner(0, p => p with { Budget = Budget("EUR", 100_000m) with { CoFinancing = [new CoFinancingLineModel("erdf", new MoneyModel(60_000m, "CHF"))] } }) },
        { "partners[0].budget.totalEligibleCost.currency", WithPartner(0, p => p with { Budget = new BudgetRequest(new MoneyModel(100_000m, null), []) }) },
        { "partners[1].budget.coFinancing[0].fund", WithPartner(1, p => p with { Budget = Chf(80_000m, ("erdf", 40_000m)) }) },
        { "partners[0].budget.coFinancing[0].fund", WithPartner(0, p => p with { Budget = Eur(100_000m, ("npr", 40_000m)) }) },
        { "partners[0].budget.coFinancing[0].fund", WithPartner(0, p => p with { Budget = Eur(100_000m, ("lottery", 40_000m)) }) },
        { "partners[0].budget.coFinancing", WithPartner(0, p => p with { Budget = Eur(100_000m, ("erdf", 40_000m), ("erdf", 10_000m)) }) },
        { "partners[0].budget.coFinancing", WithPartner(0, p => p with { Budget = Eur(100_000m, ("erdf", 80_000m), ("own-funds", 30_000m)) }) },
        { "partners[0].budget.totalEligibleCost.amount", WithPartner(0, p => p with { Budget = Eur(-5m) }) },
        { "partners[0].budget.coFinancing[0].amount.amount", WithPartner(0, p => p with { Budget = Eur(100_000m, ("erdf", 10.001m)) }) },
    };

    [Theory]
    [MemberData(nameof(InvalidProjects))]
    public async Task An_invalid_project_is_refused_with_the_field_at_fault_and_not_saved(string field, ProjectRequest request)
    {
        var response = await _api.Officer().PostAsJsonAsync(CrossBorderApi.ProjectsPath, request, TestJson.Options);

        var errors = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(field, errors.Keys);
        var list = await _api.Officer().GetFromJsonAsync<BfcNetwork.BuildingBlocks.Http.PagedResponse<ProjectSummary>>(
            $"{CrossBorderApi.ProjectsPath}?q={Uri.EscapeDataString(request.Acronym ?? "none")}", TestJson.Options);
        Assert.DoesNotContain(list!.Items, p => p.Acronym == request.Acronym);
    }

    [Fact]
    public async Task Every_failing_field_is_reported_at_once()
    {
        var request = WithPartner(1, p => p with { Territory = "25", Budget = Eur(1m, ("erdf", 1m)) }) with { Title = "", CallId = "X" };

        var errors = await Expect.ProblemAsync(await _api.Officer().PostAsJsonAsync(CrossBorderApi.ProjectsPath, request, TestJson.Options),
            HttpStatusCode.BadRequest);

        Assert.Superset(new HashSet<string> { "title", "callId", "partners[1].territory", "partners[1].budget.totalEligibleCost.currency" },
            errors.Keys.ToHashSet());
    }

    [Fact]
    public async Task A_partner_outside_the_area_is_accepted_with_a_justification()
    {
        var request = WithPartner(0, p => p with { Territory = "21", OutsideAreaJustification = "Regional rail authority seated in Dijon" });

        var project = await _api.CreateProjectAsync(request);

        var partner = project.Partners.Single(p => p.Territory == "21");
        Assert.False(partner.InsideProgrammeArea);
        Assert.Equal("Regional rail authority seated in Dijon", partner.OutsideAreaJustification);
    }

    [Fact]
    public async Task A_second_project_with_the_same_acronym_is_a_conflict()
    {
        var first = await _api.CreateProjectAsync();

        var response = await _api.Officer().PostAsJsonAsync(CrossBorderApi.ProjectsPath, Valid() with { Acronym = first.Acronym }, TestJson.Options);

        await Expect.ProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_naming_the_broken_field()
    {
        var response = await _api.Officer().PostAsync(CrossBorderApi.ProjectsPath,
            new StringContent("""{"acronym":"X","durationMonths":"twelve"}""", System.Text.Encoding.UTF8, "application/json"));

        var errors = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("$.durationMonths", errors.Keys);
    }
}
