namespace BfcNetwork.Investment.Domain;

/// <summary>A follow-up on a lead, assigned to one user with a due date.</summary>
public sealed class LeadTask
{
    public Guid Id { get; private set; }

    public Guid LeadId { get; private set; }

    public string Title { get; private set; } = "";

    public string AssigneeId { get; private set; } = "";

    public DateOnly DueDate { get; private set; }

    public bool Done { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    private LeadTask()
    {
    }

    public LeadTask(Guid leadId, string title, string assigneeId, DateOnly dueDate, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        LeadId = leadId;
        Title = title;
        AssigneeId = assigneeId;
        DueDate = dueDate;
        CreatedAt = now;
    }

    /// <summary>Open and past its due date (a task due today is not overdue yet).</summary>
    public bool IsOverdue(DateOnly today) => !Done && DueDate < today;

    public void SetDone(bool done, DateTimeOffset now)
    {
        Done = done;
        CompletedAt = done ? now : null;
    }
}
