using System.Linq.Expressions;
using System.Security.Claims;

namespace BfcNetwork.BuildingBlocks.Auth;

public static class OrganisationScope
{
    /// <summary>
    /// Narrows a query to what the user may see: everything for the roles in
    /// <paramref name="rolesSeeingEverything"/>, otherwise only rows of the user's own organisation
    /// (nothing without an <c>org</c> claim). Start every read from it and an out-of-scope row is
    /// simply absent: 404 for a single resource, missing from lists, counts and searches.
    /// </summary>
    public static IQueryable<T> VisibleTo<T>(
        this IQueryable<T> source,
        ClaimsPrincipal user,
        Expression<Func<T, string>> organisationOf,
        params string[] rolesSeeingEverything)
    {
        if (rolesSeeingEverything.Any(user.IsInRole))
        {
            return source;
        }

        if (user.OrganisationId() is not { } organisation)
        {
            return source.Where(_ => false);
        }

        // Compare against a captured value, not a constant, so the SQL stays parameterised.
        Expression<Func<string>> userOrganisation = () => organisation;
        var sameOrganisation = Expression.Lambda<Func<T, bool>>(
            Expression.Equal(organisationOf.Body, userOrganisation.Body), organisationOf.Parameters);
        return source.Where(sameOrganisation);
    }
}
