using System.Security.Claims;
using BfcNetwork.Solidarity.Domain;
using BfcNetwork.Solidarity.Infrastructure;
using Microsoft.Extensions.Options;

namespace BfcNetwork.Solidarity.Apis;

/// <summary>
/// What every Solidarity handler needs, bound in one go with <c>[AsParameters]</c> (constructor
/// parameters and properties must share names for that binding).
/// </summary>
public sealed class SolidarityServices(
    SolidarityDbContext db,
    IOptionsSnapshot<GrantRules> grantRulesOptions,
    TimeProvider clock,
    HttpContext httpContext)
{
    public SolidarityDbContext Db { get; } = db;

    public IOptionsSnapshot<GrantRules> GrantRulesOptions { get; } = grantRulesOptions;

    public TimeProvider Clock { get; } = clock;

    public HttpContext HttpContext { get; } = httpContext;

    public GrantRules GrantRules => GrantRulesOptions.Value;

    public ClaimsPrincipal User => HttpContext.User;
}
