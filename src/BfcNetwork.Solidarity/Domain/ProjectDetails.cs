namespace BfcNetwork.Solidarity.Domain;

/// <summary>What an association writes and may revise while the project is editable.</summary>
public sealed record ProjectDetails(
    string Title,
    string Summary,
    string BeneficiaryCountry,
    IReadOnlyList<LocalPartner> LocalPartners,
    IReadOnlyList<int> Sdgs,
    IReadOnlyList<string> DacSectors,
    DateOnly StartDate,
    DateOnly EndDate,
    bool HasAwarenessAction,
    string? AwarenessActionDescription,
    bool InvolvesInternationalVolunteers,
    ProjectBudget Budget,
    IReadOnlyList<CoFunder> CoFunders);
