using System.Net;
using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Tests.Support;
using BfcNetwork.Testing;
using static BfcNetwork.CrossBorder.Tests.Support.ProjectRequests;

namespace BfcNetwork.CrossBorder.Tests.Api;

/// <summary>
/// A draft may be saved incomplete; submitting runs every rule and answers with all failures at
/// once. Partner paths index the partners as the project lists them (French side first).
/// </summary>
public sealed class SubmissionRulesTests(CrossBorderApiFixture fixture) : IClassFixture<CrossBorderApiFixture>
{
    private readonly CrossBorderApi _api = fixture.Api;

    private async Task<IReadOnlyDictionary<string, string[]>> SubmitRefusedAsync(ProjectRequest request)
    {
        var project = await _api.CreateProjectAsync(request);
        var errors = await Expect.ProblemAsync(await _api.TransitionAsync(project.Id, ProjectStatus.Submitted), HttpStatusCode.BadRequest);
        Assert.Equal(ProjectStatus.Draft, (await _api.GetProjectAsync(project.Id)).Project.Status);
        return errors;
    }

    private static string[] Messages(IReadOnlyDictionary<string, string[]> errors, string field) =>
        errors.TryGetValue(field, out var messages) ? messages : [];

    [Fact]
    public async Task A_complete_project_is_submitted()
    {
        var project = await _api.CreateProjectAsync();

        await Expect.StatusAsync(await _api.TransitionAsync(project.Id, ProjectStatus.Submitted), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_project_without_a_Swiss_partner_cannot_be_submitted()
    {
        var errors = await SubmitRefusedAsync(Valid() with { Partners = [Valid().Partners![0]] });

        Assert.Contains(Messages(errors, "partners"), m => m.Contains("Swiss partner is required", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_side_needs_exactly_one_lead_partner()
    {
        var partners = Valid().Partners!.Select(p => p with { Role = PartnerRole.Partner }).ToList();

        var errors = await SubmitRefusedAsync(Valid() with { Partners = partners });

        Assert.Contains(Messages(errors, "partners"), m => m.Contains("one French lead partner", StringComparison.Ordinal));
        Assert.Contains(Messages(errors, "partners"), m => m.Contains("one Swiss lead partner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_side_needs_a_partner_inside_the_programme_area()
    {
        var partners = Valid().Partners!.Select(p => p with
        {
            Territory = p.Side == PartnerSide.CH ? "ZH" : p.Territory,
            OutsideAreaJustification = p.Side == PartnerSide.CH ? "Federal research institute" : null,
        }).ToList();

        var errors = await SubmitRefusedAsync(Valid() with { Partners = partners });

        Assert.Contains(Messages(errors, "partners"), m => m.Contains("Swiss partner must be inside the programme area", StringComparison.Ordinal));
        Assert.DoesNotContain(Messages(errors, "partners"), m => m.Contains("French partner must be inside", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Co_financing_must_cover_exactly_100_percent_of_each_partners_costs_and_every_partner_needs_a_budget()
    {
        var request = Valid();
        var partners = request.Partners!.ToList();
        partners[0] = partners[0] with { Budget = Eur(100_000m, ("erdf", 50_000m), ("own-funds", 45_000m)) };
        partners[2] = partners[2] with { Budget = null };

        var errors = await SubmitRefusedAsync(request with { Partners = partners });

        Assert.Contains(Messages(errors, "partners[0].budget.coFinancing"), m => m.Contains("95 %", StringComparison.Ordinal));
        Assert.Contains("partners[2].budget", errors.Keys);
    }

    [Fact]
    public async Task ERDF_may_cover_at_most_80_percent_and_less_when_the_call_says_so()
    {
        var overProgramme = Valid();
        var partners = overProgramme.Partners!.ToList();
        partners[0] = partners[0] with { Budget = Eur(100_000m, ("erdf", 85_000m), ("own-funds", 15_000m)) };
        var overCall = Valid(call: "IFS-2025-MOB");
        var callPartners = overCall.Partners!.ToList();
        callPartners[0] = callPartners[0] with { Budget = Eur(100_000m, ("erdf", 65_000m), ("own-funds", 35_000m)) };
        var atCallCap = Valid(call: "IFS-2025-MOB");
        var capPartners = atCallCap.Partners!.ToList();
        capPartners[0] = capPartners[0] with { Budget = Eur(100_000m, ("erdf", 60_000m), ("own-funds", 40_000m)) };

        var programmeErrors = await SubmitRefusedAsync(overProgramme with { Partners = partners });
        var callErrors = await SubmitRefusedAsync(overCall with { Partners = callPartners });
        var atCap = await _api.CreateProjectAsync(atCallCap with { Partners = capPartners });

        Assert.Contains(Messages(programmeErrors, "partners[0].budget.coFinancing"), m => m.Contains("at most 80 %", StringComparison.Ordinal));
        Assert.Contains(Messages(callErrors, "partners[0].budget.coFinancing"), m => m.Contains("at most 60 %", StringComparison.Ordinal));
        await Expect.StatusAsync(await _api.TransitionAsync(atCap.Id, ProjectStatus.Submitted), HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_small_projects_fund_is_only_for_its_own_calls()
    {
        var request = Valid();
        var partners = request.Partners!.ToList();
        partners[1] = partners[1] with { Budget = Chf(80_000m, ("arc-jurassien-small", 5_000m), ("own-funds", 75_000m)) };

        var errors = await SubmitRefusedAsync(request with { Partners = partners });

        Assert.Contains(Messages(errors, "partners[1].budget.coFinancing"), m => m.Contains("small-projects fund", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_failing_rule_is_reported_at_once()
    {
        var request = Valid() with { Description = null, Partners = [Valid().Partners![0] with { Budget = Eur(100_000m, ("erdf", 90_000m)) }] };

        var errors = await SubmitRefusedAsync(request);

        Assert.Superset(new HashSet<string> { "description", "partners", "partners[0].budget.coFinancing" }, errors.Keys.ToHashSet());
        Assert.Equal(2, Messages(errors, "partners[0].budget.coFinancing").Length);
    }
}
