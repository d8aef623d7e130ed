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
        var organisation = Expression.Parameter(typeof(string), "organisation");
        var owns = Expression.Lambda<Func<T, string, bool>>(
            Expression.Equal(organisationOf.Body, organisation), organisationOf.Parameters[0], organisation);
        return source.VisibleTo(user, owns, rolesSeeingEverything);
    }

    /// <summary>
    /// The same rule for rows that several organisations share (a joint project and its partners):
    /// <paramref name="belongsTo"/> says whether a row belongs to the given organisation id.
    /// </summary>
    public static IQueryable<T> VisibleTo<T>(
        this IQueryable<T> source,
        ClaimsPrincipal user,
        Expression<Func<T, string, bool>> belongsTo,
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

        // Bind the organisation as a captured value, not a constant, so the SQL stays parameterised.
        Expression<Func<string>> userOrganisation = () => organisation;
        var body = new ParameterReplacer(belongsTo.Parameters[1], userOrganisation.Body).Visit(belongsTo.Body);
        return source.Where(Expression.Lambda<Func<T, bool>>(body, belongsTo.Parameters[0]));
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
