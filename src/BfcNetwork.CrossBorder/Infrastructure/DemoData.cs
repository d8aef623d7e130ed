using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Domain.Programme;
using BfcNetwork.CrossBorder.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.CrossBorder.Infrastructure;

/// <summary>
/// Demo joint projects of the Arc jurassien (48,000 cross-border workers along 230 km of border):
/// commuting, employment and the Doubs river. Loaded into an empty database in local/development
/// runs only, through the real lifecycle so history, audit and events are what users would make.
/// Demo users: <c>--role swiss-partner --org rcju-economie-emploi</c>, <c>--role swiss-partner --org parc-du-doubs</c>,
/// <c>--role fr-partner --org cc-grand-pontarlier</c>, <c>--role regional-officer</c>.
/// </summary>
public static class DemoData
{
    private const string Secretariat = "demo-regional-officer";

    public static async Task SeedAsync(CrossBorderDbContext db, InterregProgramme programme, CancellationToken cancellationToken)
    {
        if (await db.Projects.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var commuting = JointProject.CreateDraft(
            new ProjectDetails("MOBIL'ARC", "Car-sharing and rail connections for cross-border commuters of the Jura arc", "RSO2.8", "IFS-2024-01", 36,
                "Shared commuter lines and car-sharing hubs between the Haut-Doubs and the Neuchâtel mountains, for the workers who cross the border every day."),
            [
                Partner("cc-val-de-morteau", "Communauté de communes du Val de Morteau", "CCVM", PartnerSide.FR, "25", LegalStatus.LocalAuthority, PartnerRole.Lead,
                    Budget(Currencies.Eur, 400_000m, ("erdf", 240_000m), ("fr-public", 80_000m), ("own-funds", 80_000m))),
                Partner("region-bfc", "Région Bourgogne-Franche-Comté", "REGION-BFC", PartnerSide.FR, "21", LegalStatus.LocalAuthority, PartnerRole.Partner,
                    Budget(Currencies.Eur, 100_000m, ("erdf", 60_000m), ("own-funds", 40_000m)),
                    "Seated in Dijon, the Region runs the regional rail services that cross into the Doubs and the canton of Neuchâtel."),
                Partner("ne-service-transports", "République et Canton de Neuchâtel – Service des transports", "NE-TRANSPORTS", PartnerSide.CH, "NE", LegalStatus.PublicBody, PartnerRole.Lead,
                    Budget(Currencies.Chf, 300_000m, ("npr", 120_000m), ("cantonal", 120_000m), ("own-funds", 60_000m))),
                Partner("arcjurassien-ch", "arcjurassien.ch", "ARCJURASSIEN", PartnerSide.CH, "NE", LegalStatus.Association, PartnerRole.Partner,
                    Budget(Currencies.Chf, 50_000m, ("cantonal", 30_000m), ("own-funds", 20_000m))),
            ], Secretariat, now);
        Advance(commuting, now, today, ProjectStatus.Submitted, ProjectStatus.Eligible, ProjectStatus.Approved, ProjectStatus.Contracted);

        var employment = JointProject.CreateDraft(
            new ProjectDetails("EMPLOI-ARC", "A cross-border employment and skills observatory for the Jura arc", "RSO4.1", "IFS-2024-01", 30,
                "Shared labour-market data, recognition of qualifications and a joint job board for watchmaking and precision industries."),
            [
                Partner("cc-grand-pontarlier", "Communauté de communes du Grand Pontarlier", "CCGP", PartnerSide.FR, "25", LegalStatus.LocalAuthority, PartnerRole.Lead,
                    Budget(Currencies.Eur, 250_000m, ("erdf", 175_000m), ("own-funds", 75_000m))),
                Partner("rcju-economie-emploi", "République et Canton du Jura – Service de l'économie et de l'emploi", "RCJU-SEE", PartnerSide.CH, "JU", LegalStatus.PublicBody, PartnerRole.Lead,
                    Budget(Currencies.Chf, 220_000m, ("npr", 110_000m), ("cantonal", 66_000m), ("own-funds", 44_000m))),
            ], Secretariat, now);
        Advance(employment, now, today, ProjectStatus.Submitted, ProjectStatus.Eligible, ProjectStatus.Approved);

        var river = JointProject.CreateDraft(
            new ProjectDetails("DOUBS-VIVANT", "Restoring the Doubs, the river that makes the border", "RSO2.7", "IFS-2024-01", 36,
                "Fish passes, water-quality monitoring and shared management of the Doubs between the Clos du Doubs and the Saut du Doubs."),
            [
                Partner("pnr-doubs-horloger", "Parc naturel régional du Doubs Horloger", "PNR-DH", PartnerSide.FR, "25", LegalStatus.PublicBody, PartnerRole.Lead,
                    Budget(Currencies.Eur, 180_000m, ("erdf", 126_000m), ("own-funds", 54_000m))),
                Partner("parc-du-doubs", "Parc naturel régional du Doubs (Suisse)", "PARC-DOUBS", PartnerSide.CH, "JU", LegalStatus.Association, PartnerRole.Lead,
                    Budget(Currencies.Chf, 150_000m, ("npr", 60_000m), ("cantonal", 60_000m))),
                Partner("ne-faune", "Canton de Neuchâtel – Office de la faune", "NE-FAUNE", PartnerSide.CH, "NE", LegalStatus.PublicBody, PartnerRole.Partner, null),
            ], Secretariat, now);

        var youth = JointProject.CreateDraft(
            new ProjectDetails("JEUNES-ARC", "Vocational pupils' exchanges between Morteau and Le Locle", "ISO6.3", "ARC-PP-2025", 12,
                "Week-long exchanges of apprentices in watchmaking between a lycée in Morteau and a technical school in Le Locle."),
            [
                Partner("lycee-edgar-faure-morteau", "Lycée Edgar Faure, Morteau", "LEF-MORTEAU", PartnerSide.FR, "25", LegalStatus.PublicBody, PartnerRole.Lead,
                    Budget(Currencies.Eur, 18_000m, ("arc-jurassien-small", 9_000m), ("own-funds", 9_000m))),
                Partner("cifom-le-locle", "CIFOM, École technique du Locle", "CIFOM", PartnerSide.CH, "NE", LegalStatus.PublicBody, PartnerRole.Lead,
                    Budget(Currencies.Chf, 16_000m, ("arc-jurassien-small", 8_000m), ("cantonal", 8_000m))),
            ], Secretariat, now);
        Advance(youth, now, today, ProjectStatus.Submitted);

        db.Projects.AddRange(commuting, employment, river, youth);
        foreach (var project in new[] { commuting, employment })
        {
            db.AddIntegrationEvent(CrossBorderIntegrationEvents.Approved(project, PriorityOf(project, programme), now), project.Id.ToString(), now);
        }

        db.AddIntegrationEvent(CrossBorderIntegrationEvents.Contracted(commuting, PriorityOf(commuting, programme), now), commuting.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string PriorityOf(JointProject project, InterregProgramme programme) =>
        programme.PriorityOf(project.SpecificObjective)?.Code ?? "";

    private static void Advance(JointProject project, DateTimeOffset now, DateOnly today, params ProjectStatus[] steps)
    {
        foreach (var step in steps)
        {
            project.MoveTo(step, Secretariat, now, null, step is ProjectStatus.Eligible or ProjectStatus.Approved ? today : null);
        }
    }

    private static NewPartner Partner(string organisationId, string name, string shortName, PartnerSide side, string territory,
        LegalStatus legalStatus, PartnerRole role, PartnerBudget? budget, string? outsideAreaJustification = null) =>
        new(organisationId, side, role,
            new PartnerDetails(name, shortName, territory, outsideAreaJustification, legalStatus,
                new PartnerContact($"Contact {shortName}", $"contact@{organisationId}.example", null)),
            budget);

    private static PartnerBudget Budget(string currency, decimal total, params (string Fund, decimal Amount)[] lines) =>
        new(currency, total, lines.Select(l => new CoFinancingLine(l.Fund, l.Amount)));
}
