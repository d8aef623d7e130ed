namespace BfcNetwork.Solidarity.Apis.Models;

/// <summary>An approved project as the public sees it: organisations and figures, never people.</summary>
public sealed record PublicProject(
    Guid Id,
    string Title,
    string Summary,
    string AssociationName,
    string BeneficiaryCountry,
    IReadOnlyList<int> Sdgs,
    IReadOnlyList<string> DacSectors,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal GrantedAmountEur);
