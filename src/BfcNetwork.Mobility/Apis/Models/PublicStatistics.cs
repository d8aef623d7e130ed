namespace BfcNetwork.Mobility.Apis.Models;

/// <summary>
/// A year of mobility in figures, from confirmed, running and completed exchanges starting that
/// year: counts only. Shares are fractions of all participants, rounded to three decimals.
/// </summary>
public sealed record PublicStatistics(
    int Year,
    int Exchanges,
    int Participants,
    IReadOnlyDictionary<string, int> ByCategory,
    IReadOnlyDictionary<string, int> ByDirection,
    IReadOnlyDictionary<string, int> ByCountry,
    decimal FewerOpportunitiesShare,
    decimal GreenTravelShare);
