namespace BfcNetwork.Investment.Domain;

/// <summary>A call, email, meeting or site visit on a lead's timeline.</summary>
public sealed class LeadActivity
{
    public Guid Id { get; private set; }

    public Guid LeadId { get; private set; }

    public ActivityKind Kind { get; private set; }

    public DateOnly Date { get; private set; }

    public string Note { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    private LeadActivity()
    {
    }

    public LeadActivity(Guid leadId, ActivityKind kind, DateOnly date, string note, string recordedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        LeadId = leadId;
        Kind = kind;
        Date = date;
        Note = note;
        RecordedBy = recordedBy;
        RecordedAt = now;
    }
}
