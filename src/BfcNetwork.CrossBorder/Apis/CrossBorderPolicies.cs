using BfcNetwork.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Authorization;

namespace BfcNetwork.CrossBorder.Apis;

/// <summary>Who may call what; which projects and partners they then reach is decided by <see cref="ProjectAccess"/>.</summary>
public static class CrossBorderPolicies
{
    public const string Reader = "crossborder-reader";
    public const string Secretariat = "crossborder-secretariat";

    public static AuthorizationBuilder AddCrossBorderPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Reader, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(Roles.RegionalOfficer)
            || (ProjectAccess.PartnerSideOf(context.User) is not null && context.User.OrganisationId() is not null)))
        .AddPolicy(Secretariat, policy => policy.RequireRole(Roles.RegionalOfficer));
}
