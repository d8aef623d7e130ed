using System.Security.Claims;
using BfcNetwork.CrossBorder.Domain.Programme;
using BfcNetwork.CrossBorder.Infrastructure;
using Microsoft.Extensions.Options;

namespace BfcNetwork.CrossBorder.Apis;

/// <summary>
/// What every CrossBorder handler needs, bound in one go with <c>[AsParameters]</c> (constructor
/// parameters and properties must share names for that binding).
/// </summary>
public sealed class CrossBorderServices(
    CrossBorderDbContext db,
    IOptionsSnapshot<InterregProgramme> programmeOptions,
    TimeProvider clock,
    HttpContext httpContext)
{
    public CrossBorderDbContext Db { get; } = db;

    public IOptionsSnapshot<InterregProgramme> ProgrammeOptions { get; } = programmeOptions;

    public TimeProvider Clock { get; } = clock;

    public HttpContext HttpContext { get; } = httpContext;

    public InterregProgramme Programme => ProgrammeOptions.Value;

    public ClaimsPrincipal User => HttpContext.User;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
}
