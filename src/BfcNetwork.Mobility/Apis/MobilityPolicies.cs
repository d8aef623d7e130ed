using BfcNetwork.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Authorization;

namespace BfcNetwork.Mobility.Apis;

/// <summary>Who may call what; which exchanges they then reach is decided by their organisation (<see cref="ExchangeAccess"/>).</summary>
public static class MobilityPolicies
{
    /// <summary>A mobility coordinator acting for an organisation, or a regional officer.</summary>
    public const string Reader = "mobility-reader";

    /// <summary>A mobility coordinator acting for an organisation: the one who creates its exchanges.</summary>
    public const string Coordinator = "mobility-coordinator";

    public static AuthorizationBuilder AddMobilityPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Reader, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(Roles.RegionalOfficer)
            || (context.User.IsInRole(Roles.MobilityCoordinator) && context.User.OrganisationId() is not null)))
        .AddPolicy(Coordinator, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(Roles.MobilityCoordinator) && context.User.OrganisationId() is not null));
}
