using BfcNetwork.Investment.Domain;

namespace BfcNetwork.Investment.Apis.Models;

/// <summary>The whole lead, for investment officers only.</summary>
public sealed record LeadResponse(
    Guid Id,
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
    IReadOnlyList<string> SharedWith,
    LeadStage Stage,
    LeadStage? StageBeforeHold,
    string? ExitReason,
    string? CountryLostTo,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static LeadResponse From(InvestorLead lead) => new(
        lead.Id, lead.CompanyName, lead.OriginCountry, lead.Sector, lead.InvestmentType, lead.Description,
        lead.AnonymisedDescription, lead.Needs, lead.Confidential, lead.CapexEur, lead.CapexNotDisclosed,
        lead.JobsAnnounced, lead.JobsCreated, lead.JobsSafeguarded, lead.CandidateSites, lead.CompetingCountries,
        lead.EstimatedDecisionDate, lead.ActualDecisionDate, lead.HostSiteId, lead.OwnerId, lead.TeamMembers,
        lead.SharedWith, lead.Stage, lead.StageBeforeHold, lead.ExitReason, lead.CountryLostTo, lead.CreatedAt, lead.UpdatedAt);
}

/// <summary>One row of the lead list.</summary>
public sealed record LeadSummary(
    Guid Id,
    string CompanyName,
    string OriginCountry,
    LeadSector? Sector,
    InvestmentType? InvestmentType,
    LeadStage Stage,
    bool Confidential,
    decimal? CapexEur,
    int? JobsAnnounced,
    string OwnerId,
    DateOnly? EstimatedDecisionDate,
    DateTimeOffset UpdatedAt);

/// <summary>
/// What an intercommunality sees of a lead shared with it: never the company, its capex, its owner
/// or the officers' notes.
/// </summary>
public sealed record SharedLeadView(
    Guid Id,
    string? AnonymisedDescription,
    LeadStage Stage,
    string? Needs,
    IReadOnlyList<CandidateSite> CandidateSites);
