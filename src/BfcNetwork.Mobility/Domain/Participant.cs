namespace BfcNetwork.Mobility.Domain;

/// <summary>
/// A pseudonymous participant of an individual exchange: a generated id, never a name, an age band
/// (the birth date it was computed from is not kept), and the flags the rules need.
/// </summary>
public sealed class Participant
{
    private Participant()
    {
    }

    internal Participant(Guid exchangeId, ParticipantCategory category, AgeBand ageBand, bool fewerOpportunities, bool parentalConsent, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        ExchangeId = exchangeId;
        Category = category;
        AgeBand = ageBand;
        FewerOpportunities = fewerOpportunities;
        ParentalConsent = parentalConsent;
        AddedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ExchangeId { get; private set; }

    public ParticipantCategory Category { get; private set; }

    public AgeBand AgeBand { get; private set; }

    public bool IsMinor => AgeBand.IsMinor();

    public bool FewerOpportunities { get; private set; }

    /// <summary>A parent or guardian's consent is on file (required for minors before confirmation).</summary>
    public bool ParentalConsent { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    internal void RecordParentalConsent(bool given) => ParentalConsent = given;
}
