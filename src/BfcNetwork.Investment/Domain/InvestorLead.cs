using BfcNetwork.BuildingBlocks.Domain;
using BfcNetwork.BuildingBlocks.Http;

namespace BfcNetwork.Investment.Domain;

/// <summary>
/// A foreign company that may invest in the region, followed through the pipeline by its account
/// manager. Stage changes go only through the methods below; each one is written to the stage log.
/// </summary>
public sealed class InvestorLead
{
    private readonly List<StageChange> _stageChanges = [];

    public Guid Id { get; private set; }

    public string CompanyName { get; private set; } = "";

    /// <summary>The comparable form of <see cref="CompanyName"/> (see <see cref="CompanyNames"/>), indexed for duplicate checks.</summary>
    public string NormalisedCompanyName { get; private set; } = "";

    /// <summary>ISO 3166-1 alpha-2 code of the country where control of the company sits.</summary>
    public string OriginCountry { get; private set; } = "";

    public LeadSector? Sector { get; private set; }

    public InvestmentType? InvestmentType { get; private set; }

    public string? Description { get; private set; }

    public string? AnonymisedDescription { get; private set; }

    /// <summary>What the company needs (surface, power, rail access...): shared with intercommunalities.</summary>
    public string? Needs { get; private set; }

    public bool Confidential { get; private set; } = true;

    public decimal? CapexEur { get; private set; }

    public bool CapexNotDisclosed { get; private set; }

    public int? JobsAnnounced { get; private set; }

    public int? JobsCreated { get; private set; }

    public int? JobsSafeguarded { get; private set; }

    public List<CandidateSite> CandidateSites { get; private set; } = [];

    public List<string> CompetingCountries { get; private set; } = [];

    public DateOnly? EstimatedDecisionDate { get; private set; }

    public DateOnly? ActualDecisionDate { get; private set; }

    public Guid? HostSiteId { get; private set; }

    public string OwnerId { get; private set; } = "";

    public List<string> TeamMembers { get; private set; } = [];

    /// <summary>Intercommunalities (EPCI ids) that see this lead's anonymised view and may propose sites.</summary>
    public List<string> SharedWith { get; private set; } = [];

    public LeadStage Stage { get; private set; }

    /// <summary>The stage to resume to while <see cref="LeadStage.OnHold"/>.</summary>
    public LeadStage? StageBeforeHold { get; private set; }

    public string? ExitReason { get; private set; }

    public string? CountryLostTo { get; private set; }

    /// <summary>PostgreSQL <c>xmin</c>: the API's ETag.</summary>
    public uint Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<StageChange> StageChanges => _stageChanges;

    public CandidateSite? HostSite => CandidateSites.FirstOrDefault(s => s.Id == HostSiteId);

    /// <summary>Open leads take part in duplicate detection; closed ones are history.</summary>
    public bool IsOpen => Stage is not (LeadStage.Won or LeadStage.Lost or LeadStage.Abandoned);

    private InvestorLead()
    {
    }

    public static InvestorLead Identify(LeadDetails details, string userId, DateTimeOffset now)
    {
        var lead = new InvestorLead
        {
            Id = Guid.CreateVersion7(now),
            Stage = LeadStage.Identified,
            CreatedAt = now,
        };
        lead.Apply(details, now);
        lead._stageChanges.Add(new StageChange(lead.Id, null, LeadStage.Identified, userId, now, null));
        return lead;
    }

    /// <summary>
    /// Replaces the editable fields. The result must still satisfy the gates of the stage the lead
    /// stands at (or was at before a hold), so an edit cannot undo what a stage required.
    /// </summary>
    public ValidationErrors Revise(LeadDetails details, DateTimeOffset now)
    {
        Apply(details, now);
        var standing = Stage == LeadStage.OnHold ? StageBeforeHold : Stage;
        return standing is { } stage && StageGates.IsOrdered(stage) ? StageGates.Check(this, stage) : new ValidationErrors();
    }

    /// <summary>
    /// Moves along the ordered pipeline, forward (every gate up to the target must hold) or back.
    /// Winning goes through here too; who may confirm it is the API's concern.
    /// </summary>
    public ValidationErrors MoveTo(LeadStage target, string userId, DateTimeOffset now, string? comment)
    {
        if (!StageGates.IsOrdered(target))
        {
            throw new DomainConflictException($"Use the dedicated action to move a lead to {target}.");
        }

        if (!IsOpen || Stage == LeadStage.OnHold)
        {
            throw new DomainConflictException($"The lead is {Stage}; it cannot move to {target}.");
        }

        if (target == Stage)
        {
            throw new DomainConflictException($"The lead is already {Stage}.");
        }

        var errors = StageGates.Rank(target) > StageGates.Rank(Stage) ? StageGates.Check(this, target) : new ValidationErrors();
        if (errors.IsEmpty)
        {
            Log(target, userId, now, comment);
        }

        return errors;
    }

    public void Lose(string countryLostTo, string reason, string userId, DateTimeOffset now)
    {
        EnsureOpen(LeadStage.Lost);
        CountryLostTo = countryLostTo;
        ExitReason = reason;
        StageBeforeHold = null;
        Log(LeadStage.Lost, userId, now, reason);
    }

    public void Abandon(string reason, string userId, DateTimeOffset now)
    {
        EnsureOpen(LeadStage.Abandoned);
        ExitReason = reason;
        StageBeforeHold = null;
        Log(LeadStage.Abandoned, userId, now, reason);
    }

    public void PutOnHold(string userId, DateTimeOffset now, string? comment)
    {
        EnsureOpen(LeadStage.OnHold);
        if (Stage == LeadStage.OnHold)
        {
            throw new DomainConflictException("The lead is already on hold.");
        }

        StageBeforeHold = Stage;
        Log(LeadStage.OnHold, userId, now, comment);
    }

    public void Resume(string userId, DateTimeOffset now, string? comment)
    {
        if (Stage != LeadStage.OnHold || StageBeforeHold is not { } previous)
        {
            throw new DomainConflictException($"The lead is {Stage}, not on hold.");
        }

        StageBeforeHold = null;
        Log(previous, userId, now, comment);
    }

    public void AddCandidateSite(CandidateSite site, DateTimeOffset now)
    {
        CandidateSites = [.. CandidateSites, site];
        UpdatedAt = now;
    }

    public bool IsManagedBy(string userId) =>
        string.Equals(OwnerId, userId, StringComparison.Ordinal);

    private void EnsureOpen(LeadStage target)
    {
        if (!IsOpen)
        {
            throw new DomainConflictException($"The lead is {Stage}; it cannot move to {target}.");
        }
    }

    private void Log(LeadStage target, string userId, DateTimeOffset now, string? comment)
    {
        _stageChanges.Add(new StageChange(Id, Stage, target, userId, now, comment));
        Stage = target;
        UpdatedAt = now;
    }

    private void Apply(LeadDetails details, DateTimeOffset now)
    {
        CompanyName = details.CompanyName;
        NormalisedCompanyName = CompanyNames.Normalise(details.CompanyName);
        OriginCountry = details.OriginCountry;
        Sector = details.Sector;
        InvestmentType = details.InvestmentType;
        Description = details.Description;
        AnonymisedDescription = details.AnonymisedDescription;
        Needs = details.Needs;
        Confidential = details.Confidential;
        CapexEur = details.CapexNotDisclosed ? null : details.CapexEur;
        CapexNotDisclosed = details.CapexNotDisclosed;
        JobsAnnounced = details.JobsAnnounced;
        JobsCreated = details.JobsCreated;
        JobsSafeguarded = details.JobsSafeguarded;
        CandidateSites = [.. details.CandidateSites];
        CompetingCountries = [.. details.CompetingCountries];
        EstimatedDecisionDate = details.EstimatedDecisionDate;
        ActualDecisionDate = details.ActualDecisionDate;
        HostSiteId = details.HostSiteId;
        OwnerId = details.OwnerId;
        TeamMembers = [.. details.TeamMembers];
        SharedWith = [.. details.SharedWith];
        UpdatedAt = now;
    }
}
