using System.Security.Claims;

namespace BfcNetwork.BuildingBlocks.Auth;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The stable user id recorded in audit trails (who did what).</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(BfcClaimTypes.Subject) ?? throw new InvalidOperationException("The token has no subject.");

    public static string? OrganisationId(this ClaimsPrincipal user) => user.FindFirstValue(BfcClaimTypes.Organisation);

    /// <summary>
    /// Whether a user scoped to an organisation acts for <paramref name="organisationId"/>.
    /// Callers answer 404, not 403, when this is false, so existence is not revealed.
    /// </summary>
    public static bool ActsFor(this ClaimsPrincipal user, string organisationId) =>
        string.Equals(user.OrganisationId(), organisationId, StringComparison.Ordinal);
}
