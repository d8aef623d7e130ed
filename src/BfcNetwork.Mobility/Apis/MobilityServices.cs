using System.Security.Claims;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Infrastructure;
using Microsoft.Extensions.Options;

namespace BfcNetwork.Mobility.Apis;

/// <summary>What every Mobility handler needs, bound with <c>[AsParameters]</c>.</summary>
public sealed class MobilityServices(
    MobilityDbContext db,
    IOptionsSnapshot<MobilityRules> rulesOptions,
    TimeProvider clock,
    HttpContext httpContext)
{
    public MobilityDbContext Db { get; } = db;

    public IOptionsSnapshot<MobilityRules> RulesOptions { get; } = rulesOptions;

    public TimeProvider Clock { get; } = clock;

    public HttpContext HttpContext { get; } = httpContext;

    public MobilityRules Rules => RulesOptions.Value;

    public ClaimsPrincipal User => HttpContext.User;
}
