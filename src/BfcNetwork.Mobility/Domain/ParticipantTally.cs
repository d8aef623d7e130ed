namespace BfcNetwork.Mobility.Domain;

/// <summary>
/// The anonymous count of an exchange's participants of one category. Group exchanges declare it;
/// individual ones grow it as participants are added, and erasing a person leaves it as it is.
/// </summary>
public sealed class ParticipantTally
{
    private ParticipantTally()
    {
    }

    internal ParticipantTally(ParticipantCategory category, int participants, int fewerOpportunities)
    {
        Category = category;
        Participants = participants;
        FewerOpportunities = fewerOpportunities;
    }

    public ParticipantCategory Category { get; private set; }

    public int Participants { get; private set; }

    public int FewerOpportunities { get; private set; }

    internal void Count(bool fewerOpportunities)
    {
        Participants++;
        FewerOpportunities += fewerOpportunities ? 1 : 0;
    }
}
