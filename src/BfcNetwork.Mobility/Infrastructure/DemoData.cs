using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Infrastructure;

/// <summary>
/// Demo exchanges from the Region's 2025 figures: a Tandems Solidaires class, the Festival Exode
/// (500 pupils), a Togolese civic-service volunteer hosted by the lycée Hilaire de Chardonnet in
/// Chalon-sur-Saône (Territoires Volontaires) and outgoing Erasmus+ apprentices. Partner cities and
/// dates are illustrative. Loaded into an empty database in local/development runs only, through
/// the domain methods. Hosts are not seeded: they arrive with the other services' demo events.
/// Demo users: <c>--role mobility-coordinator --org lycee-hilaire-de-chardonnet</c>,
/// <c>--role mobility-coordinator --org cfa-besancon</c>, <c>--role mobility-coordinator --org lycee-pasteur-besancon</c>,
/// <c>--role regional-officer</c>.
/// </summary>
public static class DemoData
{
    public static async Task SeedAsync(MobilityDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Exchanges.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var year = now.Year;

        var volunteer = Exchange.CreateDraft("lycee-hilaire-de-chardonnet", new ExchangeDetails(
                "Territoires Volontaires: a Togolese volunteer in civic service at the lycée", MobilityProgramme.TerritoiresVolontaires,
                ExchangeDirection.Incoming, ParticipantCategory.Volunteer, false,
                new Place("Partner volunteering organisation in Togo", "TG", "Lomé"),
                new Place("Lycée Hilaire de Chardonnet", "FR", "Chalon-sur-Saône"),
                new DateOnly(year, 1, 6), new DateOnly(year, 9, 5), true, 0m, null),
            null, "demo-coordinator@lycee-hilaire-de-chardonnet", now);
        // Only the age band is kept: 18–25.
        volunteer.AddParticipant(AgeBands.Of(23), fewerOpportunities: false, parentalConsent: false, now);
        Advance(volunteer, "demo-coordinator@lycee-hilaire-de-chardonnet", now, ExchangeStatus.Planned, ExchangeStatus.Confirmed, ExchangeStatus.InProgress);

        var tandem = Exchange.CreateDraft("lycee-pasteur-besancon", new ExchangeDetails(
                "Tandems Solidaires: a class meets its partner association", MobilityProgramme.RegionalMobilityGrant,
                ExchangeDirection.Outgoing, ParticipantCategory.Pupil, true,
                new Place("Lycée Louis Pasteur", "FR", "Besançon"),
                new Place("Partner association of the tandem", "BE", "Brussels"),
                new DateOnly(year, 3, 16), new DateOnly(year, 3, 20), true, 6_000m, null),
            new GroupComposition([(ParticipantCategory.Pupil, 28, 9)], 3, 15, 17), "demo-coordinator@lycee-pasteur-besancon", now);
        tandem.RecordGroupParentalConsents(now);
        Advance(tandem, "demo-coordinator@lycee-pasteur-besancon", now, ExchangeStatus.Planned, ExchangeStatus.Confirmed);

        var exode = Exchange.CreateDraft("lycee-pasteur-besancon", new ExchangeDetails(
                "Festival Exode: lycée pupils at the festival on migrations", MobilityProgramme.RegionalMobilityGrant,
                ExchangeDirection.Outgoing, ParticipantCategory.Pupil, true,
                new Place("Lycées of Bourgogne-Franche-Comté", "FR", "Besançon"),
                new Place("Festival Exode", "FR", "Dijon"),
                new DateOnly(year, 11, 17), new DateOnly(year, 11, 19), true, 15_000m, null),
            new GroupComposition([(ParticipantCategory.Pupil, 500, 120)], 40, 15, 18), "demo-coordinator@lycee-pasteur-besancon", now);
        Advance(exode, "demo-coordinator@lycee-pasteur-besancon", now, ExchangeStatus.Planned);

        var apprentices = Exchange.CreateDraft("cfa-besancon", new ExchangeDetails(
                "Erasmus+ VET: apprentices in Valencia workshops", MobilityProgramme.ErasmusVet,
                ExchangeDirection.Outgoing, ParticipantCategory.Apprentice, false,
                new Place("CFA de Besançon", "FR", "Besançon"),
                new Place("Vocational partner school", "ES", "Valencia"),
                new DateOnly(year, 5, 4), new DateOnly(year, 5, 29), false, 9_600m, null),
            null, "demo-coordinator@cfa-besancon", now);
        apprentices.AddParticipant(AgeBands.Of(19), fewerOpportunities: true, parentalConsent: false, now);
        apprentices.AddParticipant(AgeBands.Of(20), fewerOpportunities: false, parentalConsent: false, now);
        apprentices.AddParticipant(AgeBands.Of(17), fewerOpportunities: false, parentalConsent: true, now);
        Advance(apprentices, "demo-coordinator@cfa-besancon", now, ExchangeStatus.Planned, ExchangeStatus.Confirmed, ExchangeStatus.InProgress, ExchangeStatus.Completed);
        db.AddIntegrationEvent(MobilityIntegrationEvents.Completed(apprentices, now), apprentices.Id.ToString(), now);

        db.Exchanges.AddRange(volunteer, tandem, exode, apprentices);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Advance(Exchange exchange, string by, DateTimeOffset at, params ExchangeStatus[] steps)
    {
        foreach (var step in steps)
        {
            exchange.MoveTo(step, by, at, null);
        }
    }
}
