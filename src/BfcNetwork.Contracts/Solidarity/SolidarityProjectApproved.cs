namespace BfcNetwork.Contracts;

/// <summary>
/// The Region granted a solidarity project. Carries the local partner organisations (not people)
/// because Mobility turns them into hosts for reciprocal volunteers.
/// </summary>
public sealed record SolidarityProjectApproved(
    Guid ProjectId,
    string AssociationId,
    string Title,
    string BeneficiaryCountry,
    IReadOnlyList<int> Sdgs,
    IReadOnlyList<string> DacSectors,
    decimal GrantedAmountEur,
    IReadOnlyList<LocalPartnerOrganisation> LocalPartners,
    DateTimeOffset OccurredAt);
