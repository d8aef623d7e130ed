using System.Text.RegularExpressions;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.CrossBorder.Domain.Programme;

namespace BfcNetwork.CrossBorder.Domain;

/// <summary>
/// Rules on one partner that hold at every write and again at submission: where it sits, and
/// which funds and currency its budget may use. Errors are keyed under <c>prefix</c>, the
/// partner's JSON path.
/// </summary>
public static partial class PartnerRules
{
    private static readonly HashSet<string> SwissCantons =
    [
        "AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE",
        "NW", "OW", "SG", "SH", "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH",
    ];

    public static bool IsTerritoryOf(PartnerSide side, string territory) => side == PartnerSide.FR
        ? FrenchDepartement().IsMatch(territory) && territory != "20"
        : SwissCantons.Contains(territory);

    public static void CheckTerritory(PartnerSide side, string? territory, string? justification, InterregProgramme programme,
        ValidationErrors errors, string prefix)
    {
        if (string.IsNullOrWhiteSpace(territory))
        {
            errors.Add($"{prefix}territory", "The département or canton is required.");
            return;
        }

        if (!IsTerritoryOf(side, territory))
        {
            errors.Add($"{prefix}territory", side == PartnerSide.FR
                ? "A French partner is located by its département code, such as 25 (Doubs) or 39 (Jura)."
                : "A Swiss partner is located by its canton code, such as JU or NE.");
            return;
        }

        errors.AddIf(programme.FindEligibleTerritory(side, territory) is null && string.IsNullOrWhiteSpace(justification),
            $"{prefix}outsideAreaJustification",
            $"{territory} is outside the programme area: explain what the partner brings to the area.");
    }

    /// <summary>The shape of a budget: one currency (the partner's), known funds open to the partner's side, sane amounts.</summary>
    public static void CheckBudget(PartnerSide side, PartnerBudget budget, InterregProgramme programme, ValidationErrors errors, string prefix)
    {
        var currency = Currencies.Of(side);
        errors.AddIf(budget.Currency != currency, $"{prefix}totalEligibleCost.currency",
            $"A {side} partner's budget is in {currency}.");
        for (var i = 0; i < budget.CoFinancing.Count; i++)
        {
            var line = budget.CoFinancing[i];
            var fund = programme.FindFund(line.Fund);
            if (fund is null)
            {
                errors.Add($"{prefix}coFinancing[{i}].fund", $"Unknown fund; use one of {string.Join(", ", programme.Funds.Select(f => f.Code))}.");
            }
            else if (!fund.IsOpenTo(side))
            {
                errors.Add($"{prefix}coFinancing[{i}].fund", fund.Side == PartnerSide.FR
                    ? $"{fund.Name} goes to French partners only."
                    : $"{fund.Name} goes to Swiss partners only.");
            }
        }

        var duplicated = budget.CoFinancing.GroupBy(l => l.Fund).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        errors.AddIf(duplicated.Count > 0, $"{prefix}coFinancing", $"Each fund appears once per partner: {string.Join(", ", duplicated)}.");
    }

    [GeneratedRegex("^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")]
    private static partial Regex FrenchDepartement();
}
