using BfcNetwork.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Authorization;

namespace BfcNetwork.Investment.Apis;

/// <summary>
/// Who may call what. Endpoints addressing one lead only require a signed-in user and let
/// <see cref="LeadVisibility"/> answer 404 to anyone who may not see it; collection and report
/// endpoints a role can never use answer 403.
/// </summary>
public static class InvestmentPolicies
{
    public const string Staff = "investment-staff";
    public const string Senior = "investment-senior";
    public const string Interco = "investment-interco";

    public static readonly string[] StaffRoles = [Roles.InvestmentOfficer, Roles.InvestmentSenior];

    public static AuthorizationBuilder AddInvestmentPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Staff, policy => policy.RequireRole(StaffRoles))
        .AddPolicy(Senior, policy => policy.RequireRole(Roles.InvestmentSenior))
        .AddPolicy(Interco, policy => policy.RequireRole(Roles.IntercoOfficer).RequireClaim(BfcClaimTypes.Organisation));
}
