using BfcNetwork.Solidarity.Apis.Models;
using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.Tests.Support;

/// <summary>Project bodies for tests: a valid one, and variations of it.</summary>
public static class ProjectRequests
{
    /// <summary>A Malagasy cooperative project with a balanced budget: 10,000 EUR grant on 20,000 EUR costs.</summary>
    public static ProjectRequest Valid(string title = "Solar fruit dryers for a Malagasy cooperative") => new(
        title,
        "Solar dryers so the cooperative can sell dried physalis out of season.",
        "MG",
        [new LocalPartnerModel("Coopérative des producteurs de physalis", "MG", true)],
        [2, 7],
        ["31194"],
        DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3),
        DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(15),
        HasAwarenessAction: false,
        AwarenessActionDescription: null,
        InvolvesInternationalVolunteers: false,
        new BudgetModel(20_000m, 2_000m, 10_000m, [new CoFunderModel("Fondation de France", 8_000m, CoFundingStatus.Committed)]));

    public static ProjectRequest WithBudget(this ProjectRequest request, decimal eligibleCosts, decimal ownFunds, decimal requestedGrant, decimal coFunding) =>
        request with
        {
            Budget = new BudgetModel(eligibleCosts, ownFunds, requestedGrant, [new CoFunderModel("Fondation de France", coFunding, CoFundingStatus.Committed)]),
        };
}
