namespace BfcNetwork.Mobility.Domain;

/// <summary>An exchange's own fields, validated against <see cref="MobilityRules"/> before an exchange is made from them.</summary>
public sealed record ExchangeDetails(
    string Title,
    MobilityProgramme Programme,
    ExchangeDirection Direction,
    ParticipantCategory Category,
    bool IsGroup,
    Place Sending,
    Place Receiving,
    DateOnly StartDate,
    DateOnly EndDate,
    bool GreenTravel,
    decimal GrantEur,
    Guid? HostId)
{
    /// <summary>Length of stay in days, first and last day included.</summary>
    public int Days => EndDate.DayNumber - StartDate.DayNumber + 1;
}

/// <summary>
/// What a group exchange records instead of people: counts per category, the accompanying adults,
/// and the age range of the group (for the age rules; no individual age is kept).
/// </summary>
public sealed record GroupComposition(
    IReadOnlyList<(ParticipantCategory Category, int Participants, int FewerOpportunities)> Tallies,
    int AccompanyingAdults,
    int YoungestAge,
    int OldestAge);
