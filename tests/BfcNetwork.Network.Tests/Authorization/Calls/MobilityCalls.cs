extern alias mobility;

using BfcNetwork.Network.Tests.Authorization.Resources;
using mobility::BfcNetwork.Mobility.Apis.Models;
using mobility::BfcNetwork.Mobility.Domain;
using static BfcNetwork.Network.Tests.Authorization.Resources.MobilityResources;

namespace BfcNetwork.Network.Tests.Authorization.Calls;

/// <summary>For each Mobility endpoint of the table, a fresh exchange of organisation A and a valid request to it.</summary>
public static class MobilityCalls
{
    public static IReadOnlyDictionary<string, Func<TwoOrganisations, Task<EndpointCall>>> All { get; } = new Dictionary<string, Func<TwoOrganisations, Task<EndpointCall>>>
    {
        ["POST /api/mobility/exchanges"] = _ => Task.FromResult(EndpointCall.Plain with { Body = Apprentices() }),
        ["GET /api/mobility/exchanges"] = _ => Task.FromResult(EndpointCall.Plain),
        ["GET /api/mobility/exchanges/{id:guid}"] = async s => EndpointCall.On((await s.Mobility.ExchangeAsync(s.A)).Id),
        ["POST /api/mobility/exchanges/{id:guid}/transitions"] = async s =>
            EndpointCall.On((await s.Mobility.ExchangeAsync(s.A)).Id, new TransitionRequest(ExchangeStatus.Planned, null)),
        ["POST /api/mobility/exchanges/{id:guid}/parental-consents"] = async s => EndpointCall.On((await s.Mobility.GroupAsync(s.A)).Id),
        ["POST /api/mobility/exchanges/{id:guid}/participants"] = async s => EndpointCall.On((await s.Mobility.ExchangeAsync(s.A)).Id, Participant()),
        ["PUT /api/mobility/participants/{id:guid}/consents"] = async s => EndpointCall.On(await ParticipantOfA(s), new ConsentRequest(true)),
        ["DELETE /api/mobility/participants/{id:guid}"] = async s => EndpointCall.On(await ParticipantOfA(s)),
        ["GET /api/mobility/hosts"] = _ => Task.FromResult(EndpointCall.Plain),
        ["GET /api/mobility/public/stats"] = _ => Task.FromResult(EndpointCall.Plain with { Query = "year=2026" }),
    };

    private static async Task<Guid> ParticipantOfA(TwoOrganisations s) =>
        await s.Mobility.ParticipantAsync(s.A, (await s.Mobility.ExchangeAsync(s.A)).Id);
}
