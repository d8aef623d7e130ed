using BfcNetwork.BuildingBlocks.Domain;
using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.Investment.Domain;
using BfcNetwork.Investment.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Investment.Infrastructure;

/// <summary>
/// Demo data for local/development runs, loaded into an empty database only. The three won
/// projects are the ones the Region cited at its first "Assises de l'International" (Vicky Foods,
/// Antolin, the Québec C3E); their host places, figures and dates are illustrative, since the
/// source does not give them. The open leads are fictional. Every lead goes through the real
/// domain methods with back-dated times, so the stage log, the KPIs and the events are real.
/// </summary>
public static class DemoData
{
    public const string Officer = "demo-investment-officer";
    public const string Senior = "demo-investment-senior";
    public const string Pontarlier = "cc-grand-pontarlier";
    public const string Montbeliard = "pays-de-montbeliard-agglomeration";

    public static async Task SeedAsync(InvestmentDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Leads.AnyAsync(cancellationToken))
        {
            return;
        }

        var grandChalon = Site("Chalon-sur-Saône", "ca-le-grand-chalon", "Le Grand Chalon");
        var vicky = Lead(At(2022, 3, 1), "Vicky Foods", "ES", LeadSector.Agrifood, InvestmentType.NewSite,
            "Spanish bakery group (Dulcesol brands) looking for a first French production unit.",
            "A Spanish bakery-products group opens a production unit in the region.",
            confidential: false, capex: null, jobs: 100, [grandChalon], ["ES", "PT"], new DateOnly(2024, 6, 30));
        Walk(db, vicky, At(2022, 3, 1), LeadStage.Contacted, LeadStage.Qualified, LeadStage.SiteSearch, LeadStage.Negotiation);
        Win(db, vicky, grandChalon, new DateOnly(2024, 5, 15), At(2024, 5, 20), jobsCreated: 60);

        var montbeliard = Site("Montbéliard", Montbeliard, "Pays de Montbéliard Agglomération");
        var antolin = Lead(At(2019, 1, 15), "Antolin", "ES", LeadSector.Automotive, InvestmentType.Extension,
            "Extension of an automotive interiors plant, supported by the regional economic agency.",
            "A Spanish automotive supplier extends its plant in the region.",
            confidential: false, capex: 12_000_000m, jobs: 80, [montbeliard], ["ES"], new DateOnly(2020, 3, 1));
        Walk(db, antolin, At(2019, 1, 15), LeadStage.Contacted, LeadStage.Qualified, LeadStage.SiteSearch, LeadStage.Negotiation);
        Win(db, antolin, montbeliard, new DateOnly(2020, 2, 20), At(2020, 2, 25), jobsCreated: 80);

        var dijon = Site("Dijon", "dijon-metropole", "Dijon Métropole");
        var c3e = Lead(At(2024, 9, 1), "Centre d'excellence en efficience énergétique (C3E)", "CA", LeadSector.Energy, InvestmentType.RdCooperation,
            "Québec centre of excellence in energy efficiency: cooperation agreement for company–university partnerships.",
            "A Québec energy-efficiency centre signs a research and business cooperation agreement.",
            confidential: false, capex: null, jobs: 0, [dijon], [], new DateOnly(2025, 6, 30));
        Walk(db, c3e, At(2024, 9, 1), LeadStage.Contacted, LeadStage.Qualified, LeadStage.SiteSearch, LeadStage.Negotiation);
        Win(db, c3e, dijon, new DateOnly(2025, 6, 1), At(2025, 6, 5), jobsCreated: 0);

        var now = DateTimeOffset.UtcNow;
        var microtech = Lead(now.AddDays(-200), "Helvetic Microtech SA", "CH", LeadSector.Microtechnology, InvestmentType.Extension,
            "Watch-component maker from Neuchâtel looking for a second site across the border.",
            "A Swiss micro-technology company looks for a second production site near the border.",
            confidential: true, capex: null, jobs: null, [Site("Pontarlier", Pontarlier, "Communauté de communes du Grand Pontarlier")],
            ["CH", "DE"], null, needs: "3,000–5,000 m² clean workshop, fibre, within 30 minutes of the Swiss border.");
        microtech.AddCandidateSite(Site("Morteau", "cc-du-val-de-morteau", "Communauté de communes du Val de Morteau"), now);
        Walk(db, microtech, now.AddDays(-200), LeadStage.Contacted, LeadStage.Qualified, LeadStage.SiteSearch);
        microtech.Revise(Details(microtech, sharedWith: [Pontarlier, Montbeliard]), now);
        db.SiteProposals.Add(new SiteProposal(microtech.Id, Pontarlier, "Communauté de communes du Grand Pontarlier",
            "Zone d'activités des Grands Planchants, lot 4", "Pontarlier", 4_200, new DateOnly(2026, 9, 1),
            "Serviced plot, fibre on site, 15 minutes from the Vallorbe crossing.", "demo-interco-pontarlier", now.AddDays(-10)));

        var batteries = Lead(now.AddDays(-150), "Nordic Cells AB", "SE", LeadSector.Energy, InvestmentType.NewSite,
            "Battery-pack assembler weighing a plant near its automotive customers.",
            "A Nordic battery company considers an assembly plant near automotive customers.",
            confidential: true, capex: null, jobs: null, [], ["DE", "ES"], null, needs: "10 ha, 20 MW grid connection, rail siding.",
            capexNotDisclosed: true);
        Walk(db, batteries, now.AddDays(-150), LeadStage.Contacted, LeadStage.Qualified);
        batteries.Revise(Details(batteries, sharedWith: [Montbeliard]), now);

        var precision = Lead(now.AddDays(-60), "Bayern Präzision GmbH", "DE", null, null,
            "Precision machining group met at Global Industrie.", null,
            confidential: true, capex: null, jobs: null, [], [], null);
        Walk(db, precision, now.AddDays(-60), LeadStage.Contacted);

        var components = Lead(now.AddDays(-200), "Iberia Componentes S.L.", "ES", LeadSector.Automotive, InvestmentType.NewSite,
            "Brake-component maker that compared the region with northern Portugal.", null,
            confidential: true, capex: 8_000_000m, jobs: null, [], ["PT"], null);
        Walk(db, components, now.AddDays(-200), LeadStage.Contacted, LeadStage.Qualified);
        components.Lose("PT", "Lower labour costs and a faster permit in Portugal.", Officer, now.AddDays(-30));
        db.AddIntegrationEvent(InvestmentIntegrationEvents.Lost(components, now.AddDays(-30)), components.Id.ToString(), now.AddDays(-30));

        var health = Lead(now.AddDays(-40), "Lyra Diagnostics Inc.", "US", LeadSector.Health, InvestmentType.Acquisition,
            "Diagnostics company looking at a takeover of a regional laboratory.", null,
            confidential: true, capex: null, jobs: null, [], [], null);
        health.PutOnHold(Officer, now.AddDays(-5), "Their board froze acquisitions until next year.");
        db.Leads.Add(health);

        db.Tasks.Add(new LeadTask(microtech.Id, "Send the Grands Planchants plot file", Officer, DateOnly.FromDateTime(now.UtcDateTime).AddDays(-3), now));
        db.Tasks.Add(new LeadTask(batteries.Id, "Ask the grid operator for a connection estimate", Officer, DateOnly.FromDateTime(now.UtcDateTime).AddDays(10), now));
        db.Activities.Add(new LeadActivity(microtech.Id, ActivityKind.SiteVisit, DateOnly.FromDateTime(now.UtcDateTime).AddDays(-15),
            "Visited two plots with the intercommunality's economic developer.", Officer, now));

        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    private static CandidateSite Site(string commune, string epciId, string epciName) =>
        new(Guid.NewGuid(), commune, epciId, epciName);

    /// <summary>A new lead; a lead with candidate sites but no capex figure has its capex marked not disclosed.</summary>
    private static InvestorLead Lead(
        DateTimeOffset created, string company, string country, LeadSector? sector, InvestmentType? type, string description, string? anonymised,
        bool confidential, decimal? capex, int? jobs, IReadOnlyList<CandidateSite> sites, IReadOnlyList<string> competitors,
        DateOnly? estimatedDecision, string? needs = null, bool capexNotDisclosed = false) =>
        InvestorLead.Identify(new LeadDetails(
            company, country, sector, type, description, anonymised, needs, confidential,
            capexNotDisclosed ? null : capex, capexNotDisclosed || (capex is null && sites.Count > 0), jobs, null, null, sites, competitors,
            estimatedDecision, null, null, Officer, [Senior], []), Officer, created);

    private static LeadDetails Details(InvestorLead lead, IReadOnlyList<string>? sharedWith = null, DateOnly? decision = null,
        Guid? hostSiteId = null, int? jobsCreated = null) => new(
        lead.CompanyName, lead.OriginCountry, lead.Sector, lead.InvestmentType, lead.Description, lead.AnonymisedDescription,
        lead.Needs, lead.Confidential, lead.CapexEur, lead.CapexNotDisclosed, lead.JobsAnnounced, jobsCreated ?? lead.JobsCreated,
        lead.JobsSafeguarded, lead.CandidateSites, lead.CompetingCountries, lead.EstimatedDecisionDate,
        decision ?? lead.ActualDecisionDate, hostSiteId ?? lead.HostSiteId, lead.OwnerId, lead.TeamMembers, sharedWith ?? lead.SharedWith);

    /// <summary>Moves a lead through <paramref name="stages"/>, a few weeks apart from <paramref name="start"/>.</summary>
    private static void Walk(InvestmentDbContext db, InvestorLead lead, DateTimeOffset start, params LeadStage[] stages)
    {
        var at = start;
        foreach (var stage in stages)
        {
            at = at.AddDays(30 + (7 * (int)stage));
            var errors = lead.MoveTo(stage, Officer, at, null);
            if (!errors.IsEmpty)
            {
                throw new DomainConflictException($"Demo lead {lead.CompanyName} cannot reach {stage}.");
            }
        }

        if (db.Entry(lead).State == EntityState.Detached)
        {
            db.Leads.Add(lead);
        }
    }

    private static void Win(InvestmentDbContext db, InvestorLead lead, CandidateSite host, DateOnly decision, DateTimeOffset at, int jobsCreated)
    {
        lead.Revise(Details(lead, decision: decision, hostSiteId: host.Id, jobsCreated: jobsCreated), at);
        if (!lead.MoveTo(LeadStage.Won, Senior, at, "Decision confirmed by the company.").IsEmpty)
        {
            throw new DomainConflictException($"Demo lead {lead.CompanyName} cannot be won.");
        }

        db.AddIntegrationEvent(InvestmentIntegrationEvents.Won(lead, at), lead.Id.ToString(), at);
    }
}
