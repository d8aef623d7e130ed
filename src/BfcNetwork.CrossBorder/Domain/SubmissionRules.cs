using System.Globalization;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.CrossBorder.Domain.Programme;

namespace BfcNetwork.CrossBorder.Domain;

/// <summary>
/// Everything an application (or a modification) must satisfy when it is submitted, reported all
/// at once with the JSON path of the field at fault. Partner paths index the partners as the API
/// lists them (<see cref="JointProjectOrdering.OrderedPartners"/>).
/// </summary>
public static class SubmissionRules
{
    private static readonly CultureInfo Figures = CultureInfo.InvariantCulture;

    public static ValidationErrors Check(JointProject project, InterregProgramme programme)
    {
        var errors = new ValidationErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(project.Description), "description", "Describe the project before submitting it.");
        errors.AddIf(programme.FindSpecificObjective(project.SpecificObjective) is null, "specificObjective",
            "The specific objective is not one of the programme's.");
        var call = programme.FindCall(project.CallId);
        if (call is null)
        {
            errors.Add("callId", "The call is not one of the programme's.");
        }
        else
        {
            errors.AddIf(project.DurationMonths > call.MaxDurationMonths, "durationMonths",
                $"Projects of this call last at most {call.MaxDurationMonths} months.");
        }

        CheckPartnership(project, programme, errors);
        var partners = project.OrderedPartners();
        for (var i = 0; i < partners.Count; i++)
        {
            CheckPartner(partners[i], call, programme, errors, $"partners[{i}].");
        }

        if (call is { SmallProjects: true })
        {
            CheckSmallProject(project, programme, errors);
        }

        return errors;
    }

    private static void CheckPartnership(JointProject project, InterregProgramme programme, ValidationErrors errors)
    {
        foreach (var side in Enum.GetValues<PartnerSide>())
        {
            var label = side == PartnerSide.FR ? "French" : "Swiss";
            var onSide = project.Partners.Where(p => p.Side == side).ToList();
            if (onSide.Count == 0)
            {
                errors.Add("partners", $"At least one {label} partner is required.");
                continue;
            }

            var leads = onSide.Count(p => p.IsLead);
            errors.AddIf(leads != 1, "partners", $"Exactly one {label} lead partner is required; there are {leads}.");
            errors.AddIf(!onSide.Any(p => programme.FindEligibleTerritory(side, p.Territory) is not null), "partners",
                $"At least one {label} partner must be inside the programme area.");
        }
    }

    private static void CheckPartner(CrossBorderPartner partner, ProgrammeCall? call, InterregProgramme programme, ValidationErrors errors, string prefix)
    {
        PartnerRules.CheckTerritory(partner.Side, partner.Territory, partner.OutsideAreaJustification, programme, errors, prefix);
        if (partner.Budget is not { } budget)
        {
            errors.Add($"{prefix}budget", $"{partner.ShortName} has no budget yet.");
            return;
        }

        PartnerRules.CheckBudget(partner.Side, budget, programme, errors, $"{prefix}budget.");
        errors.AddIf(budget.TotalEligibleCost <= 0, $"{prefix}budget.totalEligibleCost", "The eligible costs must be positive.");
        if (budget.CoFinanced != budget.Total)
        {
            errors.Add($"{prefix}budget.coFinancing", string.Format(Figures,
                "The co-financing lines cover {0:0.##} % of the costs ({1:N2} of {2:N2} {3}); they must cover 100 %.",
                budget.ShareOf(budget.CoFinanced.Amount) * 100, budget.CoFinanced.Amount, budget.TotalEligibleCost, budget.Currency));
        }

        if (call is null)
        {
            return;
        }

        var maxErdf = programme.MaxErdfRate(call);
        var erdf = budget.AmountFrom(ProgrammeFund.Erdf).Amount;
        errors.AddIf(budget.ShareOf(erdf) > maxErdf, $"{prefix}budget.coFinancing", string.Format(Figures,
            "ERDF may cover at most {0:0.##} % of a partner's costs in this call; here {1:0.##} %.", maxErdf * 100, budget.ShareOf(erdf) * 100));

        var smallFund = programme.SmallProjects.FundCode;
        errors.AddIf(!call.SmallProjects && budget.CoFinancing.Any(l => l.Fund == smallFund), $"{prefix}budget.coFinancing",
            "The Arc jurassien small-projects fund is only for calls of that fund.");
    }

    private static void CheckSmallProject(JointProject project, InterregProgramme programme, ValidationErrors errors)
    {
        var rules = programme.SmallProjects;
        foreach (var side in Enum.GetValues<PartnerSide>())
        {
            var grant = project.FundTotal(rules.FundCode, side);
            errors.AddIf(grant.Amount > rules.MaxGrantPerSide, "budget", string.Format(Figures,
                "The small-projects fund grants at most {0:N0} {1} on the {2} side; {3:N2} {1} requested.",
                rules.MaxGrantPerSide, grant.Currency, side, grant.Amount));
        }

        // The cap is in CHF: the French side is converted explicitly, at the dated configured rate.
        if (programme.IndicativeExchangeRate is not { } rate)
        {
            errors.Add("budget", "The small-projects budget cap is in CHF and no EUR/CHF rate is configured to check the French side.");
            return;
        }

        var total = project.TotalOf(PartnerSide.CH) + rate.ToChf(project.TotalOf(PartnerSide.FR));
        errors.AddIf(total.Amount > rules.MaxTotalBudgetChf, "budget", string.Format(Figures,
            "A small project's whole budget is at most {0:N0} CHF; this one is {1:N2} CHF (EUR at {2} CHF of {3:yyyy-MM-dd}).",
            rules.MaxTotalBudgetChf, total.Amount, rate.ChfPerEur, rate.Date));
    }
}
