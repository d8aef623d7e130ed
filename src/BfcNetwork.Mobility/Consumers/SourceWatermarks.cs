using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Consumers;

internal static class SourceWatermarks
{
    /// <summary>
    /// Moves the source record's watermark to <paramref name="occurredAt"/> if that is newer, and
    /// says whether it did: false means a newer event was already applied and this one is stale.
    /// The row stays locked until the consumer's transaction ends, so two events of one project
    /// consumed at once are applied one after the other, each against the other's outcome.
    /// </summary>
    public static async Task<bool> AdvanceAsync(MobilityDbContext db, HostSource source, string sourceId, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var sourceName = source.ToString();
        var advanced = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO source_watermarks (source, source_id, latest_event_at) VALUES ({sourceName}, {sourceId}, {occurredAt})
            ON CONFLICT (source, source_id) DO UPDATE SET latest_event_at = excluded.latest_event_at
            WHERE source_watermarks.latest_event_at < excluded.latest_event_at
            """,
            cancellationToken);
        return advanced == 1;
    }
}
