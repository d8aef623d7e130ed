using BfcNetwork.Investment.Domain;

namespace BfcNetwork.Investment.Apis.Models;

/// <summary>
/// The body of <c>POST /leads</c> and <c>PUT /leads/{id}</c>. Fields are nullable so a missing one
/// is reported by name. <see cref="Confidential"/> defaults to true; the owner defaults to the caller.
/// <see cref="ConfirmDuplicate"/> creates the lead even when an open lead looks the same (like <c>?confirmDuplicate=true</c>).
/// </summary>
public sealed record LeadRequest(
    string? CompanyName,
    string? OriginCountry,
    LeadSector? Sector = null,
    InvestmentType? InvestmentType = null,
    string? Description = null,
    string? AnonymisedDescription = null,
    string? Needs = null,
    bool? Confidential = null,
    decimal? CapexEur = null,
    bool CapexNotDisclosed = false,
    int? JobsAnnounced = null,
    int? JobsCreated = null,
    int? JobsSafeguarded = null,
    IReadOnlyList<CandidateSiteModel>? CandidateSites = null,
    IReadOnlyList<string>? CompetingCountries = null,
    DateOnly? EstimatedDecisionDate = null,
    DateOnly? ActualDecisionDate = null,
    Guid? HostSiteId = null,
    string? OwnerId = null,
    IReadOnlyList<string>? TeamMembers = null,
    IReadOnlyList<string>? SharedWith = null,
    bool ConfirmDuplicate = false);

/// <summary>A candidate site; leave <see cref="Id"/> empty for a new one, keep it to keep the site (and a host choice).</summary>
public sealed record CandidateSiteModel(
    Guid? Id,
    string? Commune,
    string? IntercommunalityId,
    string? IntercommunalityName,
    string? SiteName = null,
    int? SurfaceM2 = null,
    DateOnly? AvailableFrom = null);
