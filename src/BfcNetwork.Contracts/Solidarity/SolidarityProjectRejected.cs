namespace BfcNetwork.Contracts;

/// <summary>The Region declined a solidarity project.</summary>
public sealed record SolidarityProjectRejected(
    Guid ProjectId,
    string AssociationId,
    string BeneficiaryCountry,
    IReadOnlyList<int> Sdgs,
    IReadOnlyList<string> DacSectors,
    decimal RequestedGrantEur,
    DateTimeOffset OccurredAt);
