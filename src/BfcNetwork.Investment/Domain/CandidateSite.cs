namespace BfcNetwork.Investment.Domain;

/// <summary>
/// A place the company considers: a commune and its intercommunality (EPCI), and what an
/// intercommunality said about the site when it proposed it.
/// </summary>
public sealed record CandidateSite(
    Guid Id,
    string Commune,
    string IntercommunalityId,
    string IntercommunalityName,
    string? SiteName = null,
    int? SurfaceM2 = null,
    DateOnly? AvailableFrom = null);
