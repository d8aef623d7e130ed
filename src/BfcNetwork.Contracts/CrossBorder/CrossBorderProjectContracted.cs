namespace BfcNetwork.Contracts;

/// <summary>
/// The subsidy contract of a joint project is signed, first after approval and again after each
/// approved modification (<paramref name="ModificationNumber"/> above 0), with the partners and
/// sub-budgets in force from then on.
/// </summary>
public sealed record CrossBorderProjectContracted(
    Guid ProjectId,
    string Acronym,
    string Priority,
    IReadOnlyList<CrossBorderPartnerOrganisation> Partners,
    decimal TotalEur,
    decimal TotalChf,
    int ModificationNumber,
    DateTimeOffset OccurredAt);
