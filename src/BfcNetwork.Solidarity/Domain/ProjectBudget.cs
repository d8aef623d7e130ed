namespace BfcNetwork.Solidarity.Domain;

/// <summary>
/// The project's financing plan, all in EUR (the only currency of regional solidarity grants).
/// Own funds include in-kind contributions.
/// </summary>
public sealed record ProjectBudget(decimal EligibleCosts, decimal OwnFunds, decimal RequestedGrant)
{
    public const string Currency = "EUR";
}
