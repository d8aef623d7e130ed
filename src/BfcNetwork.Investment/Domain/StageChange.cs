namespace BfcNetwork.Investment.Domain;

/// <summary>One line of a lead's stage log: the source of conversion and time-in-stage figures.</summary>
public sealed class StageChange
{
    public long Id { get; private set; }

    public Guid LeadId { get; private set; }

    public LeadStage? From { get; private set; }

    public LeadStage To { get; private set; }

    public string ChangedBy { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public string? Comment { get; private set; }

    private StageChange()
    {
    }

    public StageChange(Guid leadId, LeadStage? from, LeadStage to, string changedBy, DateTimeOffset changedAt, string? comment)
    {
        LeadId = leadId;
        From = from;
        To = to;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        Comment = comment;
    }
}
