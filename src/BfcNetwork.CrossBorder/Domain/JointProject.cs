using BfcNetwork.BuildingBlocks.Domain;

namespace BfcNetwork.CrossBorder.Domain;

/// <summary>
/// A joint Interreg France–Suisse project: its partners on both sides, their budgets and its
/// lifecycle. Partners change only through it, and every change moves the project's version
/// (ETag), so concurrent edits of one partnership are detected.
/// </summary>
public sealed class JointProject
{
    private readonly List<CrossBorderPartner> _partners = [];
    private readonly List<ProjectTransition> _transitions = [];

    public Guid Id { get; private set; }

    public string Acronym { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string SpecificObjective { get; private set; } = "";

    public string CallId { get; private set; } = "";

    public int DurationMonths { get; private set; }

    public string? Description { get; private set; }

    public ProjectStatus Status { get; private set; }

    /// <summary>Where a resubmission returns to: the state the project was returned from.</summary>
    public ProjectStatus? StatusBeforeReturn { get; private set; }

    public DateOnly? EligibilityDate { get; private set; }

    public DateOnly? DecisionDate { get; private set; }

    /// <summary>How many modifications were opened since contracting.</summary>
    public int ModificationNumber { get; private set; }

    /// <summary>PostgreSQL <c>xmin</c>: changes with every committed update; the API's ETag.</summary>
    public uint Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<CrossBorderPartner> Partners => _partners;

    public IReadOnlyList<ProjectTransition> Transitions => _transitions;

    public bool IsEditable => ProjectLifecycle.IsEditable(Status);

    private JointProject()
    {
    }

    public static JointProject CreateDraft(ProjectDetails details, IEnumerable<NewPartner> partners, string userId, DateTimeOffset now)
    {
        var project = new JointProject { Id = Guid.CreateVersion7(now), Status = ProjectStatus.Draft, CreatedAt = now };
        project.Apply(details, now);
        foreach (var partner in partners)
        {
            project.AddPartner(partner, now);
        }

        project._transitions.Add(new ProjectTransition(project.Id, null, ProjectStatus.Draft, userId, now, null));
        return project;
    }

    public void Revise(ProjectDetails details, DateTimeOffset now)
    {
        EnsureEditable();
        Apply(details, now);
    }

    public CrossBorderPartner? FindPartner(Guid partnerId) => _partners.FirstOrDefault(p => p.Id == partnerId);

    public CrossBorderPartner? LeadOf(PartnerSide side) => _partners.FirstOrDefault(p => p.Side == side && p.IsLead);

    /// <summary>Adds a partner; a new lead partner demotes the previous lead of its side.</summary>
    public CrossBorderPartner AddPartner(NewPartner partner, DateTimeOffset now)
    {
        EnsureEditable();
        if (_partners.Any(p => p.OrganisationId == partner.OrganisationId))
        {
            throw new DomainConflictException($"Organisation '{partner.OrganisationId}' is already a partner of this project.");
        }

        if (!IsShortNameFree(partner.Details.ShortName, except: null))
        {
            throw new DomainConflictException($"The short name '{partner.Details.ShortName}' is already used in this project.");
        }

        if (partner.Role == PartnerRole.Lead)
        {
            LeadOf(partner.Side)?.Demote();
        }

        var added = new CrossBorderPartner(Id, partner, now);
        _partners.Add(added);
        UpdatedAt = now;
        return added;
    }

    public void RevisePartner(CrossBorderPartner partner, PartnerDetails details, DateTimeOffset now)
    {
        EnsureEditable();
        if (!IsShortNameFree(details.ShortName, except: partner))
        {
            throw new DomainConflictException($"The short name '{details.ShortName}' is already used in this project.");
        }

        partner.Revise(details);
        UpdatedAt = now;
    }

    public void RemovePartner(CrossBorderPartner partner, DateTimeOffset now)
    {
        EnsureEditable();
        _partners.Remove(partner);
        UpdatedAt = now;
    }

    /// <summary>Names the lead partner of the partner's side and returns the one it replaces, if any.</summary>
    public CrossBorderPartner? NameLead(CrossBorderPartner partner, DateTimeOffset now)
    {
        EnsureEditable();
        var previous = LeadOf(partner.Side);
        if (previous == partner)
        {
            return null;
        }

        previous?.Demote();
        partner.MakeLead();
        UpdatedAt = now;
        return previous;
    }

    public void SetBudget(CrossBorderPartner partner, PartnerBudget budget, DateTimeOffset now)
    {
        EnsureEditable();
        partner.SetBudget(budget);
        UpdatedAt = now;
    }

    public bool IsShortNameFree(string shortName, CrossBorderPartner? except) =>
        !_partners.Any(p => p != except && string.Equals(p.ShortName, shortName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The sub-budget of one side, in that side's currency.</summary>
    public Money TotalOf(PartnerSide side) => _partners
        .Where(p => p.Side == side && p.Budget is not null)
        .Aggregate(Money.Zero(Currencies.Of(side)), (total, p) => total + p.Budget!.Total);

    public Money FundTotal(string fund, PartnerSide side) => _partners
        .Where(p => p.Side == side && p.Budget is not null)
        .Aggregate(Money.Zero(Currencies.Of(side)), (total, p) => total + p.Budget!.AmountFrom(fund));

    /// <summary>
    /// Moves the project to <paramref name="target"/> and returns the state it actually reached: a
    /// resubmission goes back to the state the project was returned from. Eligibility and decision
    /// steps record their business date. Throws <see cref="DomainConflictException"/> for a move the
    /// lifecycle does not allow.
    /// </summary>
    public ProjectStatus MoveTo(ProjectStatus target, string userId, DateTimeOffset now, string? note, DateOnly? date = null)
    {
        if (!ProjectLifecycle.Allows(Status, target))
        {
            throw new DomainConflictException(
                $"A {ProjectLifecycle.Name(Status)} project cannot become {ProjectLifecycle.Name(target)}.");
        }

        var reached = target;
        switch (target)
        {
            case ProjectStatus.Submitted when Status == ProjectStatus.ReturnedToApplicant:
                reached = StatusBeforeReturn ?? ProjectStatus.Submitted;
                StatusBeforeReturn = null;
                break;
            case ProjectStatus.ReturnedToApplicant:
                StatusBeforeReturn = Status;
                break;
            case ProjectStatus.Eligible or ProjectStatus.Ineligible:
                EligibilityDate = date ?? DateOnly.FromDateTime(now.UtcDateTime);
                break;
            case ProjectStatus.Approved or ProjectStatus.ApprovedWithConditions or ProjectStatus.NotApproved:
                var decided = date ?? DateOnly.FromDateTime(now.UtcDateTime);
                if (decided < EligibilityDate)
                {
                    throw new DomainConflictException("The decision date cannot be before the eligibility date.");
                }

                DecisionDate = decided;
                break;
            case ProjectStatus.InModification:
                ModificationNumber++;
                break;
        }

        _transitions.Add(new ProjectTransition(Id, Status, reached, userId, now, note));
        Status = reached;
        UpdatedAt = now;
        return reached;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainConflictException(
                $"A {ProjectLifecycle.Name(Status)} project cannot be edited; it can be while draft, returned to the applicant or in modification.");
        }
    }

    private void Apply(ProjectDetails details, DateTimeOffset now)
    {
        Acronym = details.Acronym;
        Title = details.Title;
        SpecificObjective = details.SpecificObjective;
        CallId = details.CallId;
        DurationMonths = details.DurationMonths;
        Description = details.Description;
        UpdatedAt = now;
    }
}
