namespace BfcNetwork.CrossBorder.Domain;

/// <summary>One step of a joint project's lifecycle: who moved it, when, and the note they left.</summary>
public sealed class ProjectTransition
{
    public long Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public ProjectStatus? From { get; private set; }

    public ProjectStatus To { get; private set; }

    public string ChangedBy { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public string? Note { get; private set; }

    private ProjectTransition()
    {
    }

    internal ProjectTransition(Guid projectId, ProjectStatus? from, ProjectStatus to, string changedBy, DateTimeOffset changedAt, string? note)
    {
        ProjectId = projectId;
        From = from;
        To = to;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        Note = note;
    }
}
