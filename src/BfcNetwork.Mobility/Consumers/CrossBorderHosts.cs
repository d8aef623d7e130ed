using BfcNetwork.Contracts;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Consumers;

internal static class CrossBorderHosts
{
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
}
