using BfcNetwork.BuildingBlocks.Domain;

namespace BfcNetwork.Solidarity.Domain;

/// <summary>
/// An association's international solidarity project and its grant application. State changes
/// only through the lifecycle methods, each of which records who, when and why.
/// </summary>
public sealed class SolidarityProject
{
    private static readonly ProjectStatus[] EditableStatuses = [ProjectStatus.Draft, ProjectStatus.ChangesRequested];

    private readonly List<ProjectTransition> _transitions = [];

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string BeneficiaryCountry { get; private set; } = "";

    public List<LocalPartner> LocalPartners { get; private set; } = [];

    public List<int> Sdgs { get; private set; } = [];

    public List<string> DacSectors { get; private set; } = [];

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public bool HasAwarenessAction { get; private set; }

    public string? AwarenessActionDescription { get; private set; }

    public bool InvolvesInternationalVolunteers { get; private set; }

    public ProjectBudget Budget { get; private set; } = new(0, 0, 0);

    public List<CoFunder> CoFunders { get; private set; } = [];

    public decimal? GrantedAmount { get; private set; }

    public ProjectStatus Status { get; private set; }

    /// <summary>PostgreSQL <c>xmin</c>: changes with every committed update; the API's ETag.</summary>
    public uint Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<ProjectTransition> Transitions => _transitions;

    public bool IsEditable => EditableStatuses.Contains(Status);

    private SolidarityProject()
    {
    }

    public static SolidarityProject CreateDraft(string associationId, ProjectDetails details, string userId, DateTimeOffset now)
    {
        var project = new SolidarityProject
        {
            Id = Guid.CreateVersion7(now),
            AssociationId = associationId,
            Status = ProjectStatus.Draft,
            CreatedAt = now,
        };
        project.Apply(details, now);
        project._transitions.Add(new ProjectTransition(project.Id, null, ProjectStatus.Draft, userId, now, null));
        return project;
    }

    public void Revise(ProjectDetails details, DateTimeOffset now)
    {
        if (!IsEditable)
        {
            throw new DomainConflictException($"The project is {Status}; it can no longer be edited.");
        }

        Apply(details, now);
    }

    public void Submit(string userId, DateTimeOffset now, string? comment) =>
        MoveTo(ProjectStatus.Submitted, userId, now, comment, ProjectStatus.Draft, ProjectStatus.ChangesRequested);

    public void Cancel(string userId, DateTimeOffset now, string? comment) =>
        MoveTo(ProjectStatus.Cancelled, userId, now, comment, ProjectStatus.Draft, ProjectStatus.Submitted);

    public void Approve(decimal grantedAmount, string userId, DateTimeOffset now, string? comment)
    {
        MoveTo(ProjectStatus.Approved, userId, now, comment, ProjectStatus.Submitted);
        GrantedAmount = grantedAmount;
    }

    public void Reject(string userId, DateTimeOffset now, string comment) =>
        MoveTo(ProjectStatus.Rejected, userId, now, comment, ProjectStatus.Submitted);

    public void RequestChanges(string userId, DateTimeOffset now, string comment) =>
        MoveTo(ProjectStatus.ChangesRequested, userId, now, comment, ProjectStatus.Submitted);

    private void MoveTo(ProjectStatus target, string userId, DateTimeOffset now, string? comment, params ProjectStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            throw new DomainConflictException($"The project is {Status}; it cannot move to {target}.");
        }

        _transitions.Add(new ProjectTransition(Id, Status, target, userId, now, comment));
        Status = target;
        UpdatedAt = now;
    }

    private void Apply(ProjectDetails details, DateTimeOffset now)
    {
        Title = details.Title;
        Summary = details.Summary;
        BeneficiaryCountry = details.BeneficiaryCountry;
        LocalPartners = [.. details.LocalPartners];
        Sdgs = [.. details.Sdgs];
        DacSectors = [.. details.DacSectors];
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        HasAwarenessAction = details.HasAwarenessAction;
        AwarenessActionDescription = details.AwarenessActionDescription;
        InvolvesInternationalVolunteers = details.InvolvesInternationalVolunteers;
        Budget = details.Budget;
        CoFunders = [.. details.CoFunders];
        UpdatedAt = now;
    }
}
