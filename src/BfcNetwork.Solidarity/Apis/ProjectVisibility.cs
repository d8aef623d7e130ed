using System.Security.Claims;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.Apis;

/// <summary>
/// Regional officers see every project; a coordinator sees only their association's. Every query
/// starts here, so a project of another association is simply absent (404, not in lists or counts).
/// </summary>
public static class ProjectVisibility
{
    public static IQueryable<SolidarityProject> VisibleTo(this IQueryable<SolidarityProject> projects, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.RegionalOfficer))
        {
            return projects;
        }

        var associationId = user.OrganisationId();
        return associationId is null ? projects.Where(_ => false) : projects.Where(p => p.AssociationId == associationId);
    }

    public static IQueryable<Association> VisibleTo(this IQueryable<Association> associations, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.RegionalOfficer))
        {
            return associations;
        }

        var associationId = user.OrganisationId();
        return associationId is null ? associations.Where(_ => false) : associations.Where(a => a.Id == associationId);
    }
}
