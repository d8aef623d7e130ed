namespace BfcNetwork.Contracts;

/// <summary>
/// The monitoring committee approved a joint project (with or without conditions). The French
/// sub-budget (EUR) and the Swiss one (CHF) are carried apart: they are never added together.
/// </summary>
public sealed record CrossBorderProjectApproved(
    Guid ProjectId,
    string Acronym,
    string Title,
    string Priority,
    string SpecificObjective,
    IReadOnlyList<CrossBorderPartnerOrganisation> Partners,
    decimal TotalEur,
    decimal TotalChf,
    decimal ErdfEur,
    bool WithConditions,
    DateOnly DecisionDate,
    DateTimeOffset OccurredAt);
