namespace BfcNetwork.Contracts;

/// <summary>
/// A mobility exchange ended as planned. Aggregates only: how many took part per category, never
/// who; partner countries, length and travel mode for the Region's statistics.
/// </summary>
public sealed record MobilityExchangeCompleted(
    Guid ExchangeId,
    string Programme,
    string Direction,
    string SendingCountry,
    string ReceivingCountry,
    DateOnly StartDate,
    DateOnly EndDate,
    int Days,
    IReadOnlyList<MobilityParticipantCount> ParticipantsByCategory,
    int FewerOpportunitiesCount,
    bool GreenTravel,
    DateTimeOffset OccurredAt);
