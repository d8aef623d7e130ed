using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.Apis.Models;

/// <summary>A row of the project list.</summary>
public sealed record ProjectSummary(
    Guid Id,
    string AssociationId,
    string Title,
    string BeneficiaryCountry,
    IReadOnlyList<int> Sdgs,
    ProjectStatus Status,
    decimal RequestedGrant,
    decimal? GrantedAmount,
    DateOnly StartDate,
    DateTimeOffset UpdatedAt);
