using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Investment.Apis;

/// <summary>The pipeline board and the Business France style KPIs, for investment staff only.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/investment").WithTags("Reports").RequireAuthorization(InvestmentPolicies.Staff);
        reports.MapGet("/pipeline", GetPipeline)
            .WithName(nameof(GetPipeline)).WithSummary("Leads, capex and jobs announced per stage");
        reports.MapGet("/kpis", GetKpis)
            .WithName(nameof(GetKpis)).WithSummary("Won projects and jobs by origin, sector, type and host intercommunality; conversion and time in stage");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<PipelineColumn>>> GetPipeline(
        [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        var totals = await services.Db.Leads.AsNoTracking().VisibleTo(services.User)
            .GroupBy(l => l.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count(), Capex = g.Sum(l => l.CapexEur) ?? 0m, Jobs = g.Sum(l => l.JobsAnnounced) ?? 0 })
            .ToListAsync(cancellationToken);

        IReadOnlyList<PipelineColumn> board = [.. Enum.GetValues<LeadStage>().Select(stage =>
            totals.FirstOrDefault(t => t.Stage == stage) is { } t
                ? new PipelineColumn(stage, t.Count, t.Capex, t.Jobs)
                : new PipelineColumn(stage, 0, 0m, 0))];
        return TypedResults.Ok(board);
    }

    /// <summary>
    /// Won projects count in the year of their decision; conversion and time in stage cover the
    /// leads created in that year (every lead without a year), from the stage log.
    /// </summary>
    public static async Task<Results<Ok<KpiReport>, ValidationProblem>> GetKpis(
        [AsParameters] InvestmentServices services, int? year, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().AddIf(year is < 1990 or > 2100, "year", "Use a year between 1990 and 2100.");
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var leads = services.Db.Leads.AsNoTracking().VisibleTo(services.User);
        var wonQuery = leads.Where(l => l.Stage == LeadStage.Won);
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y + 1, 1, 1);
            wonQuery = wonQuery.Where(l => l.ActualDecisionDate >= from && l.ActualDecisionDate < to);
        }

        var won = await wonQuery.ToListAsync(cancellationToken);

        var cohort = leads;
        if (year is { } cohortYear)
        {
            var from = new DateTimeOffset(cohortYear, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var to = from.AddYears(1);
            cohort = cohort.Where(l => l.CreatedAt >= from && l.CreatedAt < to);
        }

        var log = await services.Db.StageChanges.AsNoTracking()
            .Where(c => cohort.Select(l => l.Id).Contains(c.SubjectId))
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(new KpiReport(
            year,
            won.Count,
            won.Sum(l => l.JobsAnnounced ?? 0),
            won.Sum(l => l.JobsCreated ?? 0),
            Group(won, l => l.OriginCountry),
            Group(won, l => l.Sector is { } s ? JsonConventions.EnumName(s) : "unknown"),
            Group(won, l => l.InvestmentType is { } t ? JsonConventions.EnumName(t) : "unknown"),
            Group(won, l => l.HostSite?.IntercommunalityName ?? "unknown"),
            PipelineStatistics.Conversion(log),
            PipelineStatistics.TimeInStage(log)));
    }

    private static IReadOnlyList<KpiGroup> Group(IEnumerable<InvestorLead> won, Func<InvestorLead, string> key) =>
        [.. won.GroupBy(key)
            .Select(g => new KpiGroup(g.Key, g.Count(), g.Sum(l => l.JobsAnnounced ?? 0), g.Sum(l => l.JobsCreated ?? 0), g.Sum(l => l.CapexEur ?? 0m)))
            .OrderByDescending(g => g.WonProjects).ThenBy(g => g.Key, StringComparer.Ordinal)];
}
