namespace BfcNetwork.Contracts;

/// <summary>An association submitted a solidarity project for a regional grant.</summary>
public sealed record SolidarityProjectSubmitted(
    Guid ProjectId,
    string AssociationId,
    string Title,
    string BeneficiaryCountry,
    IReadOnlyList<int> Sdgs,
    IReadOnlyList<string> DacSectors,
    decimal RequestedGrantEur,
    DateTimeOffset OccurredAt);
