using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.Solidarity.Domain;
using BfcNetwork.Solidarity.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Solidarity.Infrastructure;

/// <summary>
/// Demo data drawn from the Region's first "Assises de l'International": loaded into an empty
/// database in local/development runs only. Projects go through the real lifecycle methods, so
/// their history and integration events are what a user would have produced.
/// </summary>
public static class DemoData
{
    private const string DemoOfficer = "demo-regional-officer";

    public static async Task SeedAsync(SolidarityDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Associations.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var nextSpring = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(4);

        db.Associations.AddRange(
            new Association("amadea-franche-comte", "Amadéa Franche-Comté", "Besançon", DemoOfficer, now),
            new Association("eau-vive-togo-chalon", "Eau Vive Togo Chalon", "Chalon-sur-Saône", DemoOfficer, now),
            new Association("bfc-international", "Bourgogne-Franche-Comté International", "Dijon", DemoOfficer, now));

        var physalis = SolidarityProject.CreateDraft("amadea-franche-comte", new ProjectDetails(
            "Sustainable physalis farming with a Malagasy cooperative",
            "Agro-ecological physalis production with a cooperative in Madagascar, sold through a triangular partnership "
                + "with a local chocolate maker and a Dijon confectioner (the Christmas physalis chocolates).",
            "MG",
            [new LocalPartner("Coopérative agricole des producteurs de physalis", "MG", AgreementSigned: true)],
            [2, 8, 12, 17],
            ["31194", "32161"],
            nextSpring, nextSpring.AddYears(2),
            HasAwarenessAction: true,
            "Tasting workshops on fair trade in Besançon secondary schools.",
            InvolvesInternationalVolunteers: false,
            new ProjectBudget(EligibleCosts: 48_000m, OwnFunds: 6_000m, RequestedGrant: 24_000m),
            [new CoFunder("Confiserie dijonnaise (private partner)", 18_000m, CoFundingStatus.Committed)]), "amadea-coordinator", now);
        physalis.Submit("amadea-coordinator", now, "Application for the spring session.");
        physalis.Approve(22_000m, DemoOfficer, now, "Approved; 2,000 EUR less than requested for travel costs.");
        db.AddIntegrationEvent(SolidarityIntegrationEvents.Approved(physalis, now), physalis.Id.ToString(), now);

        var water = SolidarityProject.CreateDraft("eau-vive-togo-chalon", new ProjectDetails(
            "Drinking water for three villages in the Plateaux region",
            "Boreholes and solar pumps with village water committees, and training of a local maintenance technician.",
            "TG",
            [new LocalPartner("Comité villageois de l'eau de Kpalimé", "TG", AgreementSigned: true)],
            [6, 3],
            ["14030"],
            nextSpring, nextSpring.AddMonths(18),
            HasAwarenessAction: false,
            null,
            InvolvesInternationalVolunteers: true,
            new ProjectBudget(EligibleCosts: 40_000m, OwnFunds: 5_000m, RequestedGrant: 22_000m),
            [new CoFunder("Agence de l'eau Rhône Méditerranée Corse", 13_000m, CoFundingStatus.Pledged)]), "eau-vive-coordinator", now);
        water.Submit("eau-vive-coordinator", now, null);
        db.AddIntegrationEvent(SolidarityIntegrationEvents.Submitted(water, now), water.Id.ToString(), now);

        var tandems = SolidarityProject.CreateDraft("bfc-international", new ProjectDetails(
            "Tandems Solidaires: classrooms paired with Senegalese partners",
            "Global-citizenship action pairing secondary-school classes of the region with solidarity projects abroad.",
            "SN",
            [new LocalPartner("Lycée de Thiès", "SN", AgreementSigned: false)],
            [4, 17],
            ["99820"],
            nextSpring, nextSpring.AddMonths(10),
            HasAwarenessAction: true,
            "Class exchanges and a regional day of the Tandems, with about 4,000 pupils taking part.",
            InvolvesInternationalVolunteers: false,
            new ProjectBudget(EligibleCosts: 20_000m, OwnFunds: 4_000m, RequestedGrant: 10_000m),
            [new CoFunder("Rectorat de région académique", 6_000m, CoFundingStatus.Pledged)]), "bfc-international-coordinator", now);

        db.Projects.AddRange(physalis, water, tandems);
        await db.SaveChangesAsync(cancellationToken);
    }
}
