using BfcNetwork.BuildingBlocks.Http;

namespace BfcNetwork.CrossBorder.Domain;

/// <summary>
/// The allowed moves between states (a subset of Jems): application, eligibility check, the
/// monitoring committee's decision, contracting, modifications and closure.
/// </summary>
public static class ProjectLifecycle
{
    private static readonly Dictionary<ProjectStatus, ProjectStatus[]> AllowedFrom = new()
    {
        [ProjectStatus.Submitted] = [ProjectStatus.Draft, ProjectStatus.ReturnedToApplicant],
        [ProjectStatus.ReturnedToApplicant] = [ProjectStatus.Submitted, ProjectStatus.Eligible],
        [ProjectStatus.Eligible] = [ProjectStatus.Submitted],
        [ProjectStatus.Ineligible] = [ProjectStatus.Submitted],
        [ProjectStatus.Approved] = [ProjectStatus.Eligible],
        [ProjectStatus.ApprovedWithConditions] = [ProjectStatus.Eligible],
        [ProjectStatus.NotApproved] = [ProjectStatus.Eligible],
        [ProjectStatus.Contracted] = [ProjectStatus.Approved, ProjectStatus.ApprovedWithConditions, ProjectStatus.ModificationSubmitted],
        [ProjectStatus.InModification] = [ProjectStatus.Contracted],
        [ProjectStatus.ModificationSubmitted] = [ProjectStatus.InModification],
        [ProjectStatus.Closed] = [ProjectStatus.Contracted],
    };

    /// <summary>Partners may edit their data while the application or a modification is open.</summary>
    public static readonly IReadOnlySet<ProjectStatus> Editable =
        new HashSet<ProjectStatus> { ProjectStatus.Draft, ProjectStatus.ReturnedToApplicant, ProjectStatus.InModification };

    /// <summary>Approved operations, published in the programme's list of operations.</summary>
    public static readonly IReadOnlyList<ProjectStatus> Programmed =
    [
        ProjectStatus.Approved, ProjectStatus.ApprovedWithConditions, ProjectStatus.Contracted,
        ProjectStatus.InModification, ProjectStatus.ModificationSubmitted, ProjectStatus.Closed,
    ];

    /// <summary>Steps that the applicant's lead partners may take; every other step is the secretariat's.</summary>
    public static readonly IReadOnlySet<ProjectStatus> ApplicantSteps =
        new HashSet<ProjectStatus> { ProjectStatus.Submitted, ProjectStatus.InModification, ProjectStatus.ModificationSubmitted };

    /// <summary>Steps that record a business date: the eligibility check and the committee's decision.</summary>
    public static readonly IReadOnlySet<ProjectStatus> DatedSteps = new HashSet<ProjectStatus>
    {
        ProjectStatus.Eligible, ProjectStatus.Ineligible, ProjectStatus.Approved, ProjectStatus.ApprovedWithConditions, ProjectStatus.NotApproved,
    };

    /// <summary>Steps that must say why, for the applicant.</summary>
    public static readonly IReadOnlySet<ProjectStatus> StepsNeedingNote = new HashSet<ProjectStatus>
    {
        ProjectStatus.ReturnedToApplicant, ProjectStatus.Ineligible, ProjectStatus.NotApproved, ProjectStatus.ApprovedWithConditions,
    };

    public static bool IsEditable(ProjectStatus status) => Editable.Contains(status);

    public static bool Allows(ProjectStatus from, ProjectStatus to) => AllowedFrom.TryGetValue(to, out var sources) && sources.Contains(from);

    public static IEnumerable<(ProjectStatus From, ProjectStatus To)> AllowedMoves() =>
        AllowedFrom.SelectMany(entry => entry.Value.Select(from => (from, entry.Key)));

    public static string Name(ProjectStatus status) => JsonConventions.EnumName(status);
}
