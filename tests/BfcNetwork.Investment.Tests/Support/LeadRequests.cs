using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;

namespace BfcNetwork.Investment.Tests.Support;

/// <summary>Lead bodies for tests: a bare new lead, and one filled for every stage up to won.</summary>
public static class LeadRequests
{
    public const string HostEpci = "cc-grand-pontarlier";
    public const string HostEpciName = "Communauté de communes du Grand Pontarlier";

    /// <summary>A company name no other test uses, so duplicate detection stays out of the way.</summary>
    public static string UniqueCompany(string prefix = "Test Company") => $"{prefix} {Guid.NewGuid():N}";

    public static LeadRequest Identified(string? company = null, string country = "ES") => new(company ?? UniqueCompany(), country);

    /// <summary>Every field a won lead needs: the host site is the single candidate site, in Pontarlier.</summary>
    public static LeadRequest ReadyToWin(string? company = null, bool confidential = true, IReadOnlyList<string>? sharedWith = null)
    {
        var siteId = Guid.NewGuid();
        return new LeadRequest(
            company ?? UniqueCompany(),
            "ES",
            LeadSector.Agrifood,
            InvestmentType.NewSite,
            "A bakery group's first French plant.",
            "A Spanish bakery group opens a plant.",
            "4 ha, rail access",
            confidential,
            CapexEur: 25_000_000m,
            JobsAnnounced: 120,
            CandidateSites: [new CandidateSiteModel(siteId, "Pontarlier", HostEpci, HostEpciName)],
            CompetingCountries: ["PT"],
            EstimatedDecisionDate: new DateOnly(2026, 3, 1),
            ActualDecisionDate: new DateOnly(2026, 2, 15),
            HostSiteId: siteId,
            SharedWith: sharedWith);
    }
}
