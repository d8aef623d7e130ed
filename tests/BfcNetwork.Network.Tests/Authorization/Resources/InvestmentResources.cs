extern alias investment;

using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using investment::BfcNetwork.Investment.Apis.Models;
using investment::BfcNetwork.Investment.Domain;

namespace BfcNetwork.Network.Tests.Authorization.Resources;

/// <summary>
/// Investor leads shared with an organisation's intercommunality, owned by the
/// <c>investment-officer</c> principal, with the work around them.
/// </summary>
public sealed class InvestmentResources(NetworkUsers users)
{
    public const string Service = ResourceNames.Investment;
    public const string Leads = "/api/investment/leads";

    public static readonly Principal Owner = Principal.Unscoped(Roles.InvestmentOfficer);
    public static readonly Principal Senior = Principal.Unscoped(Roles.InvestmentSenior);

    /// <summary>A new lead with every field a won lead needs, its one candidate site in the organisation's intercommunality.</summary>
    public Task<NetworkUsers.Answer> LeadAsync(Organisation sharedWith, Names? names = null) =>
        users.PostAsync(Service, Owner, Leads, Lead(sharedWith, names));

    public async Task<Guid> ProposalAsync(Organisation epci, Guid lead, string siteName = "ZA des Grands Planchants") =>
        (await users.PostAsync(Service, Principal.Of(Roles.IntercoOfficer, epci), $"/api/investment/shared-leads/{lead}/site-proposals", Proposal(siteName))).Id;

    public async Task<Guid> TaskAsync(Guid lead, string title = "Send the plot file") =>
        (await users.PostAsync(Service, Owner, $"{Leads}/{lead}/tasks", FollowUp(title))).Id;

    public async Task<Guid> ActivityAsync(Guid lead, string note = "First call") =>
        (await users.PostAsync(Service, Owner, $"{Leads}/{lead}/activities", PhoneCall(note))).Id;

    public Task HoldAsync(Guid lead) => users.SendAsync(Service, Owner, HttpMethod.Post, $"{Leads}/{lead}/hold");

    /// <summary>A senior confirms the lead won: Investment publishes <c>InvestorLeadWon</c>, Mobility lists the company as a host.</summary>
    public Task WinAsync(Guid lead) => users.SendAsync(Service, Senior, HttpMethod.Post, $"{Leads}/{lead}/stage", new StageRequest(LeadStage.Won, null));

    public static LeadRequest Lead(Organisation sharedWith, Names? names = null)
    {
        names ??= Names.Plain();
        var siteId = Guid.NewGuid();
        return new LeadRequest(
            names.Company, "ES", LeadSector.Agrifood, InvestmentType.NewSite, names.Description, names.AnonymisedDescription, names.Needs,
            Confidential: true, CapexEur: 25_000_000m, JobsAnnounced: 120,
            CandidateSites: [new CandidateSiteModel(siteId, names.Commune, sharedWith.ClaimFor(Roles.IntercoOfficer), names.IntercommunalityName, names.SiteName)],
            CompetingCountries: ["PT"],
            EstimatedDecisionDate: new DateOnly(2026, 3, 1), ActualDecisionDate: new DateOnly(2026, 2, 15), HostSiteId: siteId,
            SharedWith: [sharedWith.ClaimFor(Roles.IntercoOfficer)]);
    }

    public static SiteProposalRequest Proposal(string siteName = "ZA des Grands Planchants") =>
        new(siteName, "Pontarlier", 4_200, new DateOnly(2026, 9, 1), "Serviced plot", "CC du Grand Pontarlier");

    public static TaskRequest FollowUp(string title = "Send the plot file") => new(title, Owner.Name, new DateOnly(2026, 2, 1));

    public static ActivityRequest PhoneCall(string note = "First call") => new(ActivityKind.Call, new DateOnly(2026, 1, 5), note);

    /// <summary>The words a lead is known by; the leak check makes them unique.</summary>
    public sealed record Names(
        string Company, string Description, string AnonymisedDescription, string Needs, string Commune, string IntercommunalityName, string SiteName)
    {
        public static Names Plain() => new(
            $"Test Company {Guid.NewGuid():N}", "A bakery group's first French plant.", "A Spanish bakery group opens a plant.", "4 ha, rail access",
            "Pontarlier", "Communauté de communes du Grand Pontarlier", "ZA des Gravilliers");
    }
}
