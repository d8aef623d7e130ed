namespace BfcNetwork.Mobility.Domain;

/// <summary>
/// An entry of Mobility's own host catalogue, copied from another service's event. Keyed by
/// (source, source id, organisation): a replayed event updates the entry, never duplicates it.
/// </summary>
public sealed class HostOrganisation
{
    private HostOrganisation()
    {
    }

    public Guid Id { get; private set; }

    public HostSource Source { get; private set; }

    /// <summary>The project or lead the host came with.</summary>
    public string SourceId { get; private set; } = "";

    /// <summary>The organisation's id in the source, or its name where the source has no id (solidarity partners).</summary>
    public string OrganisationKey { get; private set; } = "";

    public HostKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public string Country { get; private set; } = "";

    /// <summary>The commune, territory (département or canton code) or empty when unknown.</summary>
    public string Place { get; private set; } = "";

    /// <summary>The project acronym or title, the sector: what a coordinator reads to choose.</summary>
    public string Reference { get; private set; } = "";

    public bool Active { get; private set; }

    public DateTimeOffset FirstSeenAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static HostOrganisation Create(HostSource source, string sourceId, string organisationKey, HostKind kind, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        Source = source,
        SourceId = sourceId,
        OrganisationKey = organisationKey,
        Kind = kind,
        FirstSeenAt = at,
    };

    public void Describe(string name, string country, string place, string reference, DateTimeOffset at)
    {
        Name = name;
        Country = country;
        Place = place;
        Reference = reference;
        Active = true;
        UpdatedAt = at;
    }

    public void Retire(DateTimeOffset at)
    {
        Active = false;
        UpdatedAt = at;
    }
}
