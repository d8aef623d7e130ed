using System.Security.Claims;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.Investment.Domain;

namespace BfcNetwork.Investment.Apis;

/// <summary>
/// Leads are confidential business information: investment staff see every lead, nobody else sees
/// any. An intercommunality officer sees, through the shared view only, the leads shared with the
/// EPCI of their <c>org</c> claim. Every query starts here, so anything else is simply absent (404).
/// </summary>
public static class LeadVisibility
{
    public static IQueryable<InvestorLead> VisibleTo(this IQueryable<InvestorLead> leads, ClaimsPrincipal user) =>
        leads.VisibleTo(user, (_, _) => false, InvestmentPolicies.StaffRoles);

    public static IQueryable<InvestorLead> SharedWith(this IQueryable<InvestorLead> leads, ClaimsPrincipal user) =>
        user.IsInRole(Roles.IntercoOfficer)
            ? leads.VisibleTo(user, (lead, epci) => lead.SharedWith.Contains(epci))
            : leads.Where(_ => false);
}
