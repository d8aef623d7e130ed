extern alias mobility;

using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using mobility::BfcNetwork.Mobility.Apis.Models;
using mobility::BfcNetwork.Mobility.Domain;

namespace BfcNetwork.Network.Tests.Authorization.Resources;

/// <summary>Youth exchanges of an organisation and their pseudonymous participants, created by its mobility coordinator.</summary>
public sealed class MobilityResources(NetworkUsers users)
{
    public const string Service = ResourceNames.Mobility;
    public const string Exchanges = "/api/mobility/exchanges";

    public static readonly DateOnly Start = new(2026, 3, 2);

    public Task<NetworkUsers.Answer> ExchangeAsync(Organisation organisation, string title = "Apprentices in Valencia workshops") =>
        users.PostAsync(Service, Coordinator(organisation), Exchanges, Apprentices(title));

    public Task<NetworkUsers.Answer> GroupAsync(Organisation organisation, string title = "Class exchange") =>
        users.PostAsync(Service, Coordinator(organisation), Exchanges, PupilGroup(title));

    public async Task<Guid> ParticipantAsync(Organisation organisation, Guid exchange) =>
        (await users.PostAsync(Service, Coordinator(organisation), $"{Exchanges}/{exchange}/participants", Participant())).Id;

    /// <summary>Individual Erasmus+ VET apprentices from Besançon to Valencia, 4 weeks.</summary>
    public static ExchangeRequest Apprentices(string title = "Apprentices in Valencia workshops") => new(
        title, MobilityProgramme.ErasmusVet, ExchangeDirection.Outgoing, ParticipantCategory.Apprentice, false,
        new PlaceModel("CFA de Besançon", "FR", "Besançon"), new PlaceModel("Vocational school", "ES", "Valencia"),
        Start, Start.AddDays(27), false, 9_600m, null, null);

    /// <summary>A class of 24 pupils with 2 adults in Bologna for 5 days: counts, never names.</summary>
    public static ExchangeRequest PupilGroup(string title = "Class exchange") => new(
        title, MobilityProgramme.ErasmusSchool, ExchangeDirection.Outgoing, ParticipantCategory.Pupil, true,
        new PlaceModel("Collège Victor Hugo", "FR", "Besançon"), new PlaceModel("Scuola media", "IT", "Bologna"),
        Start, Start.AddDays(4), true, 12_000m, null,
        new GroupRequest([new CategoryCountModel(ParticipantCategory.Pupil, 24, 6)], 2, 14, 15));

    /// <summary>An apprentice who is 20 on the first day.</summary>
    public static ParticipantRequest Participant() => new(Start.AddYears(-20), false, false, false);

    private static Principal Coordinator(Organisation organisation) => Principal.Of(Roles.MobilityCoordinator, organisation);
}
