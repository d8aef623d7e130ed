using BfcNetwork.BuildingBlocks.Http;

namespace BfcNetwork.Solidarity.Domain;

/// <summary>
/// The Region's solidarity grant rules. The figures change with each call for projects, so they
/// come from configuration (section <c>GrantRules</c>); the defaults are the current BFC rules.
/// </summary>
public sealed class GrantRules
{
    public const string SectionName = "GrantRules";

    public decimal MaxGrantShare { get; set; } = 0.50m;

    /// <summary>Projects with international volunteers (VSI, civic service) may be funded further.</summary>
    public decimal MaxGrantShareWithInternationalVolunteers { get; set; } = 0.60m;

    public decimal MaxGrantEur { get; set; } = 30_000m;

    public decimal MinOwnFundsShare { get; set; } = 0.10m;

    public ValidationErrors Check(ProjectBudget budget, bool involvesInternationalVolunteers)
    {
        var errors = new ValidationErrors();
        if (budget.EligibleCosts <= 0)
        {
            return errors;
        }

        var share = involvesInternationalVolunteers ? MaxGrantShareWithInternationalVolunteers : MaxGrantShare;
        errors.AddIf(budget.RequestedGrant > budget.EligibleCosts * share, "budget.requestedGrant",
            $"The requested grant may not exceed {share:P0} of eligible costs ({budget.EligibleCosts * share:0.00} EUR).");
        errors.AddIf(budget.RequestedGrant > MaxGrantEur, "budget.requestedGrant",
            $"The requested grant may not exceed {MaxGrantEur:0} EUR.");
        errors.AddIf(budget.OwnFunds < budget.EligibleCosts * MinOwnFundsShare, "budget.ownFunds",
            $"Own funds must cover at least {MinOwnFundsShare:P0} of eligible costs ({budget.EligibleCosts * MinOwnFundsShare:0.00} EUR).");
        return errors;
    }
}
