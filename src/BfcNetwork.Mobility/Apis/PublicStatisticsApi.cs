using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Apis;

/// <summary>Anonymous, aggregate figures: built from counts only, so no participant can be read from them.</summary>
public static class PublicStatisticsApi
{
    private static readonly ExchangeStatus[] Counted = [ExchangeStatus.Confirmed, ExchangeStatus.InProgress, ExchangeStatus.Completed];

    public static IEndpointRouteBuilder MapPublicStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/mobility/public/stats", GetPublicStatistics).WithTags("Public").AllowAnonymous()
            .WithName(nameof(GetPublicStatistics)).WithSummary("Participants of a year by category, direction and partner country; fewer-opportunities and green-travel shares");
        return app;
    }

    public static async Task<Results<Ok<PublicStatistics>, ValidationProblem>> GetPublicStatistics(
        [AsParameters] MobilityServices services, int? year, CancellationToken cancellationToken)
    {
        var wanted = year ?? services.Clock.GetUtcNow().Year;
        if (wanted is < 2000 or > 2100)
        {
            return Problems.Validation(new ValidationErrors().Add("year", "A year between 2000 and 2100."));
        }

        var exchanges = await services.Db.Exchanges.AsNoTracking()
            .Where(e => e.StartDate.Year == wanted && Counted.Contains(e.Status))
            .Select(e => new
            {
                e.Direction,
                Partner = e.Direction == ExchangeDirection.Outgoing ? e.Receiving.Country : e.Sending.Country,
                e.GreenTravel,
                Tallies = e.Tallies.Select(t => new { t.Category, t.Participants, t.FewerOpportunities }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var tallies = exchanges.SelectMany(e => e.Tallies.Select(t => new Row(e.Direction, e.Partner, e.GreenTravel, t.Category, t.Participants, t.FewerOpportunities))).ToList();
        var participants = tallies.Sum(t => t.Participants);
        return TypedResults.Ok(new PublicStatistics(
            wanted,
            exchanges.Count,
            participants,
            Sum(tallies, t => JsonConventions.EnumName(t.Category)),
            Sum(tallies, t => JsonConventions.EnumName(t.Direction)),
            Sum(tallies, t => t.Partner),
            Share(tallies.Sum(t => t.FewerOpportunities), participants),
            Share(tallies.Where(t => t.GreenTravel).Sum(t => t.Participants), participants)));
    }

    private static SortedDictionary<string, int> Sum(IEnumerable<Row> rows, Func<Row, string> key) =>
        new(rows.GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(r => r.Participants)), StringComparer.Ordinal);

    private static decimal Share(int part, int whole) => whole == 0 ? 0m : Math.Round((decimal)part / whole, 3);

    private sealed record Row(ExchangeDirection Direction, string Partner, bool GreenTravel, ParticipantCategory Category, int Participants, int FewerOpportunities);
}
