using System.Security.Claims;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.Apis;

/// <summary>
/// Regional officers see every project and association; a coordinator sees only their own
/// association's. Every query starts here, so another association's project is simply absent.
/// </summary>
public static class ProjectVisibility
{
    public static IQueryable<SolidarityProject> VisibleTo(this IQueryable<SolidarityProject> projects, ClaimsPrincipal user) =>
        projects.VisibleTo(user, p => p.AssociationId, Roles.RegionalOfficer);

    public static IQueryable<Association> VisibleTo(this IQueryable<Association> associations, ClaimsPrincipal user) =>
        associations.VisibleTo(user, a => a.Id, Roles.RegionalOfficer);
}
