using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Consumers;

/// <summary>The one way consumers write the host catalogue: find the entry by its natural key, or add it.</summary>
internal static class HostCatalogue
{
    public static async Task<HostOrganisation> UpsertAsync(
        MobilityDbContext db, HostSource source, string sourceId, string organisationKey, HostKind kind, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(organisationKey))
        {
            // Not transient: the retries fail alike and the message is parked in the _error queue for an operator.
            throw new InvalidOperationException($"A {source} host of {sourceId} has no organisation name or id.");
        }

        var key = organisationKey.Trim();
        var host = db.Hosts.Local.FirstOrDefault(h => h.Source == source && h.SourceId == sourceId && h.OrganisationKey == key)
            ?? await db.Hosts.FirstOrDefaultAsync(h => h.Source == source && h.SourceId == sourceId && h.OrganisationKey == key, cancellationToken);
        if (host is null)
        {
            host = HostOrganisation.Create(source, sourceId, key, kind, at);
            db.Hosts.Add(host);
        }

        return host;
    }

    public static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
