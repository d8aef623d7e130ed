using System.Text.RegularExpressions;
using BfcNetwork.BuildingBlocks.Domain;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.Apis.Models;

/// <summary>
/// Checks a project body field by field (every failure at once, keyed by JSON path) and maps it to
/// the domain's <see cref="ProjectDetails"/>; nothing is built, and so nothing written, unless all hold.
/// </summary>
public static partial class ProjectRequestValidator
{
    public static ProjectDetails? Validate(ProjectRequest request, GrantRules grantRules, ValidationErrors errors)
    {
        errors.RequireText(request.Title, "title", ProjectLimits.TitleLength);
        errors.RequireText(request.Summary, "summary", ProjectLimits.TextLength);

        if (string.IsNullOrWhiteSpace(request.BeneficiaryCountry))
        {
            errors.Add("beneficiaryCountry", "The beneficiary country is required.");
        }
        else if (!CountryCodes.IsAssigned(request.BeneficiaryCountry))
        {
            errors.Add("beneficiaryCountry", "Use an ISO 3166-1 alpha-2 country code such as MG or TG.");
        }
        else if (!DacRecipientCountries.Contains(request.BeneficiaryCountry))
        {
            errors.Add("beneficiaryCountry", $"{request.BeneficiaryCountry} is not on the OECD DAC list of ODA recipients.");
        }

        var partners = request.LocalPartners ?? [];
        ListSize(partners.Count, "localPartners", errors);
        for (var i = 0; i < partners.Count; i++)
        {
            errors.RequireText(partners[i]?.Name, $"localPartners[{i}].name", ProjectLimits.NameLength);
            errors.AddIf(partners[i]?.Country is not { } country || !CountryCodes.IsAssigned(country), $"localPartners[{i}].country",
                "Use an ISO 3166-1 alpha-2 country code.");
        }

        var sdgs = request.Sdgs ?? [];
        ListSize(sdgs.Count, "sdgs", errors);
        for (var i = 0; i < sdgs.Count; i++)
        {
            errors.AddIf(sdgs[i] is < 1 or > 17, $"sdgs[{i}]", "Sustainable Development Goals are numbered 1 to 17.");
        }

        errors.AddIf(sdgs.Distinct().Count() != sdgs.Count, "sdgs", "Each goal may be listed once.");

        var sectors = request.DacSectors ?? [];
        ListSize(sectors.Count, "dacSectors", errors);
        for (var i = 0; i < sectors.Count; i++)
        {
            errors.AddIf(sectors[i] is null || !DacSectorCode().IsMatch(sectors[i]), $"dacSectors[{i}]",
                "OECD DAC purpose codes have five digits, such as 31194.");
        }

        errors.AddIf(request.StartDate is null, "startDate", "The start date is required.");
        errors.AddIf(request.EndDate is null, "endDate", "The end date is required.");
        errors.AddIf(request.StartDate is { } start && request.EndDate is { } end && end <= start, "endDate",
            "The project must end after it starts.");

        if (request.HasAwarenessAction)
        {
            errors.RequireText(request.AwarenessActionDescription, "awarenessActionDescription", ProjectLimits.TextLength);
        }

        var budget = ValidateBudget(request.Budget, errors);
        if (budget is not null)
        {
            errors.Merge(grantRules.Check(budget, request.InvolvesInternationalVolunteers));
        }

        if (!errors.IsEmpty || budget is null)
        {
            return null;
        }

        return new ProjectDetails(
            request.Title!.Trim(),
            request.Summary!.Trim(),
            request.BeneficiaryCountry!,
            [.. partners.Select(p => new LocalPartner(p.Name!.Trim(), p.Country!, p.AgreementSigned))],
            [.. sdgs.Order()],
            [.. sectors.Distinct()],
            request.StartDate!.Value,
            request.EndDate!.Value,
            request.HasAwarenessAction,
            request.HasAwarenessAction ? request.AwarenessActionDescription!.Trim() : null,
            request.InvolvesInternationalVolunteers,
            budget,
            [.. (request.Budget!.CoFunders ?? []).Select(c => new CoFunder(c.Name!.Trim(), c.Amount!.Value, c.Status))]);
    }

    private static ProjectBudget? ValidateBudget(BudgetModel? budget, ValidationErrors errors)
    {
        if (budget is null)
        {
            errors.Add("budget", "The budget is required.");
            return null;
        }

        errors.AddIf(budget.Currency != ProjectBudget.Currency, "budget.currency", "Solidarity grants are budgeted in EUR.");
        Amount(budget.EligibleCosts, "budget.eligibleCosts", errors, mustBePositive: true);
        Amount(budget.OwnFunds, "budget.ownFunds", errors, mustBePositive: false);
        Amount(budget.RequestedGrant, "budget.requestedGrant", errors, mustBePositive: true);

        var coFunders = budget.CoFunders ?? [];
        ListSize(coFunders.Count, "budget.coFunders", errors);
        for (var i = 0; i < coFunders.Count; i++)
        {
            errors.RequireText(coFunders[i]?.Name, $"budget.coFunders[{i}].name", ProjectLimits.NameLength);
            Amount(coFunders[i]?.Amount, $"budget.coFunders[{i}].amount", errors, mustBePositive: true);
        }

        return budget is { EligibleCosts: > 0 and <= ProjectLimits.MaxAmount, OwnFunds: >= 0 and <= ProjectLimits.MaxAmount, RequestedGrant: > 0 and <= ProjectLimits.MaxAmount }
            ? new ProjectBudget(budget.EligibleCosts.Value, budget.OwnFunds.Value, budget.RequestedGrant.Value)
            : null;
    }

    private static void Amount(decimal? amount, string field, ValidationErrors errors, bool mustBePositive)
    {
        if (amount is null)
        {
            errors.Add(field, "The amount is required.");
        }
        else if (mustBePositive ? amount <= 0 : amount < 0)
        {
            errors.Add(field, mustBePositive ? "The amount must be positive." : "The amount may not be negative.");
        }
        else if (amount > ProjectLimits.MaxAmount)
        {
            errors.Add(field, $"The amount may not exceed {ProjectLimits.MaxAmount:0} EUR.");
        }
        else if (decimal.Round(amount.Value, 2) != amount)
        {
            errors.Add(field, "Amounts are in EUR with at most two decimals.");
        }
    }

    private static void ListSize(int count, string field, ValidationErrors errors) =>
        errors.AddIf(count > ProjectLimits.MaxListItems, field, $"At most {ProjectLimits.MaxListItems} entries.");

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex DacSectorCode();
}
