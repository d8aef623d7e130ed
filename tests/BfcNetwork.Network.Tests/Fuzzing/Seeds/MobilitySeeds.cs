using System.Text.Json.Nodes;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing.Hosting;
using static BfcNetwork.Network.Tests.Fuzzing.Seeds.SeedRequests;
using static BfcNetwork.Network.Tests.Support.NetworkRequests;

namespace BfcNetwork.Network.Tests.Fuzzing.Seeds;

/// <summary>A draft individual exchange of apprentices to Valencia, with one participant.</summary>
public static class MobilitySeeds
{
    public static async Task<ServiceSeeds> CreateAsync(NetworkService service)
    {
        var client = service.Client();
        var coordinator = TestTokens.For(Roles.MobilityCoordinator, Unique("fuzz-cfa"));
        var exchange = await client.PostAsync("/api/mobility/exchanges", coordinator, Exchange());
        var participant = await client.PostAsync($"/api/mobility/exchanges/{exchange.Id()}/participants", coordinator, Participant());

        var onExchange = new Dictionary<string, string> { ["id"] = exchange.Id() };
        var onParticipant = new Dictionary<string, string> { ["id"] = participant.Id() };
        return new ServiceSeeds("mobility", new Dictionary<string, OperationSeed>
        {
            ["AddParticipant"] = new(coordinator)
            {
                Path = onExchange,
                Body = Participant(),
                Optional = new HashSet<string> { "fewerOpportunities", "parentalConsent", "hasDisability" },
            },
            ["ListHosts"] = new(Officer()),
            ["GetPublicStatistics"] = new(null),
            ["CreateExchange"] = new(coordinator) { Body = Exchange(), Optional = new HashSet<string> { "greenTravel", "grantEur" } },
            ["ListExchanges"] = new(coordinator),
            ["GetExchange"] = new(coordinator) { Path = onExchange },
            ["TransitionExchange"] = new(coordinator) { Path = onExchange, Body = Json("""{"to":"planned","note":"Dates agreed"}"""), Optional = new HashSet<string> { "note" } },
            ["RecordGroupParentalConsents"] = new(coordinator) { Path = onExchange, PathOnly = true },
            ["RecordConsent"] = new(coordinator) { Path = onParticipant, Body = Json("""{"parentalConsent":true}""") },
            ["EraseParticipant"] = new(coordinator) { Path = onParticipant, PathOnly = true },
        });
    }

    private static JsonObject Exchange() => Json(Mobility.ApprenticesToSpain());

    private static JsonObject Participant() => Json($$"""
        {"birthDate":"{{DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-19):yyyy-MM-dd}}","fewerOpportunities":false,"parentalConsent":false,"hasDisability":false}
        """);
}
