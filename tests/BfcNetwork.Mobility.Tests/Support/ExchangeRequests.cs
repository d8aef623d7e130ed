using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Domain;

namespace BfcNetwork.Mobility.Tests.Support;

/// <summary>Exchange bodies for tests, valid under the default <see cref="MobilityRules"/>; each test varies what it tests.</summary>
public static class ExchangeRequests
{
    public static readonly DateOnly Start = new(2026, 3, 2);

    public static string Unique(string organisation) => $"{organisation}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Individual Erasmus+ VET apprentices from Besançon to Valencia, 4 weeks.</summary>
    public static ExchangeRequest ApprenticesToSpain(Guid? hostId = null) => new(
        "Apprentices in Valencia workshops", MobilityProgramme.ErasmusVet, ExchangeDirection.Outgoing, ParticipantCategory.Apprentice, false,
        new PlaceModel("CFA de Besançon", "FR", "Besançon"), new PlaceModel("Vocational school", "ES", "Valencia"),
        Start, Start.AddDays(27), false, 9_600m, hostId, null);

    /// <summary>An Erasmus+ youth exchange of 10 days (individual records).</summary>
    public static ExchangeRequest YouthExchange(int days = 10) => new(
        "Youth exchange on migrations", MobilityProgramme.ErasmusYouth, ExchangeDirection.Incoming, ParticipantCategory.Student, false,
        new PlaceModel("Youth association", "DE", "Mainz"), new PlaceModel("Maison des jeunes", "FR", "Dijon"),
        Start, Start.AddDays(days - 1), true, 4_000m, null, null);

    /// <summary>Territoires Volontaires: a volunteer from Togo at a lycée in Chalon-sur-Saône for <paramref name="months"/> months.</summary>
    public static ExchangeRequest CivicService(int months = 8) => new(
        "Civic-service volunteer at the lycée", MobilityProgramme.TerritoiresVolontaires, ExchangeDirection.Incoming, ParticipantCategory.Volunteer, false,
        new PlaceModel("Volunteering organisation", "TG", "Lomé"), new PlaceModel("Lycée Hilaire de Chardonnet", "FR", "Chalon-sur-Saône"),
        Start, Start.AddMonths(months).AddDays(-1), true, 0m, null, null);

    /// <summary>An individual pupil stay of <paramref name="days"/> days in Germany.</summary>
    public static ExchangeRequest PupilStay(int days) => new(
        "Individual pupil stay", MobilityProgramme.ErasmusSchool, ExchangeDirection.Outgoing, ParticipantCategory.Pupil, false,
        new PlaceModel("Collège Victor Hugo", "FR", "Besançon"), new PlaceModel("Gymnasium", "DE", "Freiburg"),
        Start, Start.AddDays(days - 1), true, 1_500m, null, null);

    /// <summary>A class of pupils as a group for <paramref name="days"/> days: counts, adults and ages, never names.</summary>
    public static ExchangeRequest PupilGroup(int days = 5, int pupils = 24, int fewerOpportunities = 6, int adults = 2, int youngest = 14, int oldest = 15) => new(
        "Class exchange", MobilityProgramme.ErasmusSchool, ExchangeDirection.Outgoing, ParticipantCategory.Pupil, true,
        new PlaceModel("Collège Victor Hugo", "FR", "Besançon"), new PlaceModel("Scuola media", "IT", "Bologna"),
        Start, Start.AddDays(days - 1), true, 12_000m, null,
        new GroupRequest([new CategoryCountModel(ParticipantCategory.Pupil, pupils, fewerOpportunities)], adults, youngest, oldest));

    /// <summary>A participant who is <paramref name="age"/> on the exchange's first day.</summary>
    public static ParticipantRequest AgedOnStart(int age, bool fewerOpportunities = false, bool parentalConsent = false, bool hasDisability = false) =>
        new(Start.AddYears(-age), fewerOpportunities, parentalConsent, hasDisability);
}
