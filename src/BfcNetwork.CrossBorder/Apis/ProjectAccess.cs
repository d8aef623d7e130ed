using System.Security.Claims;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.CrossBorder.Domain;

namespace BfcNetwork.CrossBorder.Apis;

/// <summary>
/// The programme secretariat (regional officers) sees and runs everything. A partner user
/// (<c>swiss-partner</c> or <c>fr-partner</c>, with their organisation in <c>org</c>) sees only the
/// projects their organisation belongs to, reads them whole, and changes only their own partner
/// record and budget. Visibility failures are absences (404); a visible thing they may not change
/// is a 403.
/// </summary>
public static class ProjectAccess
{
    public static IQueryable<JointProject> VisibleTo(this IQueryable<JointProject> projects, ClaimsPrincipal user) =>
        projects.VisibleTo(user, (project, organisation) => project.Partners.Any(p => p.OrganisationId == organisation), Roles.RegionalOfficer);

    public static bool IsSecretariat(this ClaimsPrincipal user) => user.IsInRole(Roles.RegionalOfficer);

    /// <summary>The side a partner user acts for, from their role; null for anyone else.</summary>
    public static PartnerSide? PartnerSideOf(ClaimsPrincipal user) =>
        user.IsInRole(Roles.SwissPartner) ? PartnerSide.CH
        : user.IsInRole(Roles.FrenchPartner) ? PartnerSide.FR
        : null;

    /// <summary>The user's own partner record in the project: same organisation and same side as their role.</summary>
    public static CrossBorderPartner? OwnPartner(this JointProject project, ClaimsPrincipal user) =>
        PartnerSideOf(user) is { } side && user.OrganisationId() is { } organisation
            ? project.Partners.FirstOrDefault(p => p.OrganisationId == organisation && p.Side == side)
            : null;

    public static bool MayEdit(this ClaimsPrincipal user, JointProject project, CrossBorderPartner partner) =>
        user.IsSecretariat() || project.OwnPartner(user) == partner;

    /// <summary>Submitting and modifications are the applicant's: the lead partners' users (and the secretariat).</summary>
    public static bool MayTake(this ClaimsPrincipal user, JointProject project, ProjectStatus target) =>
        user.IsSecretariat() || (ProjectLifecycle.ApplicantSteps.Contains(target) && project.OwnPartner(user) is { IsLead: true });
}
