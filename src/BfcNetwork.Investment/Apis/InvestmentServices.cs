using System.Security.Claims;
using BfcNetwork.Investment.Infrastructure;

namespace BfcNetwork.Investment.Apis;

/// <summary>
/// What every Investment handler needs, bound in one go with <c>[AsParameters]</c> (constructor
/// parameters and properties must share names for that binding).
/// </summary>
public sealed class InvestmentServices(InvestmentDbContext db, TimeProvider clock, HttpContext httpContext)
{
    public InvestmentDbContext Db { get; } = db;

    public TimeProvider Clock { get; } = clock;

    public HttpContext HttpContext { get; } = httpContext;

    public ClaimsPrincipal User => HttpContext.User;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
}
