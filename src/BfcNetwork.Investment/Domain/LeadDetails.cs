namespace BfcNetwork.Investment.Domain;

/// <summary>Everything an officer edits on a lead, validated before it reaches the entity.</summary>
public sealed record LeadDetails(
    string CompanyName,
    string OriginCountry,
    LeadSector? Sector,
    InvestmentType? InvestmentType,
    string? Description,
    string? AnonymisedDescription,
    string? Needs,
    bool Confidential,
    decimal? CapexEur,
    bool CapexNotDisclosed,
    int? JobsAnnounced,
    int? JobsCreated,
    int? JobsSafeguarded,
    IReadOnlyList<CandidateSite> CandidateSites,
    IReadOnlyList<string> CompetingCountries,
    DateOnly? EstimatedDecisionDate,
    DateOnly? ActualDecisionDate,
    Guid? HostSiteId,
    string OwnerId,
    IReadOnlyList<string> TeamMembers,
    IReadOnlyList<string> SharedWith);
