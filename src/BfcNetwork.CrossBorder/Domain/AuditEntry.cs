namespace BfcNetwork.CrossBorder.Domain;

/// <summary>
/// An append-only record of a sensitive act on a joint project: a decision, a change of who the
/// partners are, a read of a partner's contact data. Written in the same transaction as the act.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public AuditAction Action { get; private set; }

    public string Actor { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public Guid? PartnerId { get; private set; }

    public string Detail { get; private set; } = "";

    private AuditEntry()
    {
    }

    public AuditEntry(Guid projectId, AuditAction action, string actor, DateTimeOffset at, Guid? partnerId, string detail)
    {
        ProjectId = projectId;
        Action = action;
        Actor = actor;
        At = at;
        PartnerId = partnerId;
        Detail = detail;
    }
}
