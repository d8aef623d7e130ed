namespace BfcNetwork.Investment.Domain;

/// <summary>
/// Where a lead stands. The first six are the ordered pipeline; <see cref="Lost"/> and
/// <see cref="Abandoned"/> are exits; <see cref="OnHold"/> parks a lead and remembers where it was.
/// </summary>
public enum LeadStage
{
    Identified,
    Contacted,
    Qualified,
    SiteSearch,
    Negotiation,
    Won,
    Lost,
    Abandoned,
    OnHold,
}
