using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Domain.Programme;

namespace BfcNetwork.CrossBorder.Apis.Models;

/// <summary>
/// A partner budget's shape: every amount in the partner's currency (EUR for French, CHF for Swiss
/// partners: a mismatch is refused, never converted), funds open to that side, lines not exceeding
/// the costs. Full coverage is checked at submission.
/// </summary>
public static class BudgetRequestValidator
{
    public static PartnerBudget? Validate(BudgetRequest request, PartnerSide side, InterregProgramme programme, ValidationErrors errors, string prefix)
    {
        var found = new ValidationErrors();
        var currency = Currencies.Of(side);
        var total = Money(request.TotalEligibleCost, currency, side, found, $"{prefix}totalEligibleCost");
        var lines = new List<CoFinancingLine>();
        var requested = request.CoFinancing ?? [];
        found.AddIf(requested.Count > ProjectLimits.MaxCoFinancingLines, $"{prefix}coFinancing",
            $"At most {ProjectLimits.MaxCoFinancingLines} co-financing lines.");
        for (var i = 0; i < requested.Count; i++)
        {
            var field = $"{prefix}coFinancing[{i}]";
            found.AddIf(string.IsNullOrWhiteSpace(requested[i]?.Fund), $"{field}.fund", "The fund is required.");
            if (Money(requested[i]?.Amount, currency, side, found, $"{field}.amount") is { } amount && requested[i]?.Fund is { } fund)
            {
                lines.Add(new CoFinancingLine(fund, amount));
            }
        }

        if (found.IsEmpty && total is { } costs)
        {
            var budget = new PartnerBudget(currency, costs, lines);
            PartnerRules.CheckBudget(side, budget, programme, found, prefix);
            found.AddIf(budget.CoFinanced.Amount > costs, $"{prefix}coFinancing",
                $"The co-financing lines add up to more than the eligible costs ({budget.CoFinanced.Amount:0.00} > {costs:0.00} {currency}).");
            errors.Merge(found);
            return found.IsEmpty ? budget : null;
        }

        errors.Merge(found);
        return null;
    }

    private static decimal? Money(MoneyModel? money, string currency, PartnerSide side, ValidationErrors errors, string field)
    {
        if (money?.Amount is not { } amount)
        {
            errors.Add($"{field}.amount", "The amount is required.");
        }
        else if (amount <= 0 || amount > ProjectLimits.MaxAmount)
        {
            errors.Add($"{field}.amount", $"The amount is positive and at most {ProjectLimits.MaxAmount:0}.");
        }
        else if (decimal.Round(amount, 2) != amount)
        {
            errors.Add($"{field}.amount", "Amounts have at most two decimals.");
        }

        if (money?.Currency is not { } given)
        {
            errors.Add($"{field}.currency", $"State the currency: {currency} for a {side} partner.");
        }
        else if (given != currency)
        {
            errors.Add($"{field}.currency", $"A {side} partner's amounts are in {currency}, not {given}; amounts are never converted.");
        }

        return money?.Amount is { } valid && money.Currency == currency && valid > 0 && valid <= ProjectLimits.MaxAmount && decimal.Round(valid, 2) == valid
            ? valid
            : null;
    }
}
