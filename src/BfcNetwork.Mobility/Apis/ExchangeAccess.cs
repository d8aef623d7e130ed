using System.Security.Claims;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.Mobility.Domain;

namespace BfcNetwork.Mobility.Apis;

/// <summary>A coordinator reaches their organisation's exchanges; a regional officer reaches all.</summary>
public static class ExchangeAccess
{
    public static IQueryable<Exchange> VisibleTo(this IQueryable<Exchange> exchanges, ClaimsPrincipal user) =>
        exchanges.VisibleTo(user, e => e.OrganisationId, Roles.RegionalOfficer);
}
