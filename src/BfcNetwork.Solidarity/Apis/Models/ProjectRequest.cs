using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.Apis.Models;

/// <summary>
/// The body of <c>POST /projects</c> and <c>PUT /projects/{id}</c>. Fields are nullable so a missing
/// one is reported by name instead of failing the whole body.
/// </summary>
public sealed record ProjectRequest(
    string? Title,
    string? Summary,
    string? BeneficiaryCountry,
    IReadOnlyList<LocalPartnerModel>? LocalPartners,
    IReadOnlyList<int>? Sdgs,
    IReadOnlyList<string>? DacSectors,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool HasAwarenessAction,
    string? AwarenessActionDescription,
    bool InvolvesInternationalVolunteers,
    BudgetModel? Budget);

public sealed record LocalPartnerModel(string? Name, string? Country, bool AgreementSigned);

public sealed record BudgetModel(
    decimal? EligibleCosts,
    decimal? OwnFunds,
    decimal? RequestedGrant,
    IReadOnlyList<CoFunderModel>? CoFunders,
    string Currency = ProjectBudget.Currency);

public sealed record CoFunderModel(string? Name, decimal? Amount, CoFundingStatus Status = CoFundingStatus.Pledged);
