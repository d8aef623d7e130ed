using BfcNetwork.Contracts;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Consumers;

internal static partial class CrossBorderHosts
{
    /// <summary>
    /// True when a newer event of the project was already applied (see <see cref="SourceWatermark"/>):
    /// the consumer then changes nothing, and the message still counts as processed.
    /// </summary>
    public static async Task<bool> IsStaleAsync(
        MobilityDbContext db, ILogger logger, string eventName, Guid projectId, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        if (await SourceWatermarks.AdvanceAsync(db, HostSource.CrossBorder, projectId.ToString(), occurredAt, cancellationToken))
        {
            return false;
        }

        LogStale(logger, eventName, projectId, occurredAt);
        return true;
    }

    public static async Task ApplyAsync(
        MobilityDbContext db, Guid projectId, string acronym, IReadOnlyList<CrossBorderPartnerOrganisation> partners, DateTimeOffset now,
        CancellationToken cancellationToken, bool retireOthers = false)
    {
        var sourceId = projectId.ToString();
        foreach (var partner in partners)
        {
            var host = await HostCatalogue.UpsertAsync(db, HostSource.CrossBorder, sourceId, partner.OrganisationId, HostKind.CrossBorderPlacement, now, cancellationToken);
            // The side is the country: FR partners sit in France, CH partners in Switzerland.
            host.Describe(HostCatalogue.Truncate(partner.Name, 200), partner.Side.ToUpperInvariant(), partner.Territory, HostCatalogue.Truncate(acronym, 300), now);
        }

        if (retireOthers)
        {
            var current = partners.Select(p => p.OrganisationId.Trim()).ToList();
            var departed = await db.Hosts
                .Where(h => h.Source == HostSource.CrossBorder && h.SourceId == sourceId && !current.Contains(h.OrganisationKey))
                .ToListAsync(cancellationToken);
            departed.ForEach(h => h.Retire(now));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{EventName} of project {ProjectId} from {OccurredAt} is older than what was already applied; ignored")]
    private static partial void LogStale(ILogger logger, string eventName, Guid projectId, DateTimeOffset occurredAt);
}
