namespace BfcNetwork.BuildingBlocks.Domain;

/// <summary>
/// One step of a resource's lifecycle: who moved it from which state to which, when, and the note
/// they left for the others. Every service records its lifecycles with it, append-only.
/// </summary>
public sealed class StatusTransition<TStatus>
    where TStatus : struct, Enum
{
    public long Id { get; private set; }

    /// <summary>The resource whose lifecycle this is (a project, an exchange…).</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>Null for the step that created the resource.</summary>
    public TStatus? From { get; private set; }

    public TStatus To { get; private set; }

    public string ChangedBy { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public string? Note { get; private set; }

    private StatusTransition()
    {
    }

    public StatusTransition(Guid subjectId, TStatus? from, TStatus to, string changedBy, DateTimeOffset changedAt, string? note)
    {
        SubjectId = subjectId;
        From = from;
        To = to;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        Note = note;
    }
}
