using BfcNetwork.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Authorization;

namespace BfcNetwork.Solidarity.Apis;

/// <summary>Who may call what; which rows they then see is decided by <see cref="ProjectVisibility"/>.</summary>
public static class SolidarityPolicies
{
    public const string Reader = "solidarity-reader";
    public const string Coordinator = "solidarity-coordinator";
    public const string RegionalOfficer = "solidarity-officer";

    public static AuthorizationBuilder AddSolidarityPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Reader, policy => policy.RequireRole(Roles.Coordinator, Roles.RegionalOfficer))
        .AddPolicy(Coordinator, policy => policy.RequireRole(Roles.Coordinator).RequireClaim(BfcClaimTypes.Organisation))
        .AddPolicy(RegionalOfficer, policy => policy.RequireRole(Roles.RegionalOfficer));
}
