using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;

namespace BfcNetwork.Mobility.Tests.Api;

/// <summary>
/// Every endpoint for the four kinds of caller: anonymous, the coordinator of the exchange's
/// organisation, a coordinator of another organisation (404: existence is not revealed) and a
/// regional officer (sees and steers all, creates none).
/// </summary>
public sealed class AuthorizationMatrixTests(MobilityApiFixture fixture) : IClassFixture<MobilityApiFixture>
{
    public enum Caller
    {
        Anonymous,
        OwnCoordinator,
        OtherCoordinator,
        RegionalOfficer,
        OtherRole,
    }

    private readonly MobilityApi _api = fixture.Api;

    public static TheoryData<string, Caller, HttpStatusCode> Matrix => new()
    {
        { "create", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "create", Caller.OwnCoordinator, HttpStatusCode.Created },
        { "create", Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "create", Caller.OtherRole, HttpStatusCode.Forbidden },
        { "get", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "get", Caller.OwnCoordinator, HttpStatusCode.OK },
        { "get", Caller.OtherCoordinator, HttpStatusCode.NotFound },
        { "get", Caller.RegionalOfficer, HttpStatusCode.OK },
        { "get", Caller.OtherRole, HttpStatusCode.Forbidden },
        { "transition", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "transition", Caller.OwnCoordinator, HttpStatusCode.OK },
        { "transition", Caller.OtherCoordinator, HttpStatusCode.NotFound },
        { "transition", Caller.RegionalOfficer, HttpStatusCode.OK },
        { "add-participant", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "add-participant", Caller.OwnCoordinator, HttpStatusCode.Created },
        { "add-participant", Caller.OtherCoordinator, HttpStatusCode.NotFound },
        { "consent", Caller.OwnCoordinator, HttpStatusCode.OK },
        { "consent", Caller.OtherCoordinator, HttpStatusCode.NotFound },
        { "erase", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "erase", Caller.OwnCoordinator, HttpStatusCode.NoContent },
        { "erase", Caller.OtherCoordinator, HttpStatusCode.NotFound },
        { "erase", Caller.RegionalOfficer, HttpStatusCode.NoContent },
        { "hosts", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "hosts", Caller.OwnCoordinator, HttpStatusCode.OK },
        { "hosts", Caller.RegionalOfficer, HttpStatusCode.OK },
        { "hosts", Caller.OtherRole, HttpStatusCode.Forbidden },
        { "public-stats", Caller.Anonymous, HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_caller_gets_what_their_role_and_organisation_allow(string operation, Caller caller, HttpStatusCode expected)
    {
        var organisation = ExchangeRequests.Unique("lycee");
        var owner = _api.Coordinator(organisation);
        var exchange = await _api.CreateExchangeAsync(owner);
        var participant = await _api.AddParticipantAsync(owner, exchange.Id, ExchangeRequests.AgedOnStart(20));
        var client = caller switch
        {
            Caller.Anonymous => _api.Anonymous(),
            Caller.OwnCoordinator => owner,
            Caller.OtherCoordinator => _api.Coordinator(ExchangeRequests.Unique("other-lycee")),
            Caller.RegionalOfficer => _api.Officer(),
            _ => _api.As(TestTokens.Coordinator(organisation)),
        };

        var response = operation switch
        {
            "create" => await client.PostAsJsonAsync(MobilityApi.ExchangesPath, ExchangeRequests.ApprenticesToSpain(), TestJson.Options),
            "get" => await client.GetAsync($"{MobilityApi.ExchangesPath}/{exchange.Id}"),
            "transition" => await _api.TransitionAsync(client, exchange.Id, ExchangeStatus.Planned),
            "add-participant" => await client.PostAsJsonAsync($"{MobilityApi.ExchangesPath}/{exchange.Id}/participants", ExchangeRequests.AgedOnStart(21), TestJson.Options),
            "consent" => await client.PutAsJsonAsync($"/api/mobility/participants/{participant.Id}/consents", new ConsentRequest(true), TestJson.Options),
            "erase" => await client.DeleteAsync($"/api/mobility/participants/{participant.Id}"),
            "hosts" => await client.GetAsync(MobilityApi.HostsPath),
            "public-stats" => await client.GetAsync("/api/mobility/public/stats?year=2026"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        await Expect.StatusAsync(response, expected);
        if (expected == HttpStatusCode.NotFound)
        {
            // Nothing happened behind the 404.
            var unchanged = await _api.GetExchangeAsync(owner, exchange.Id);
            Assert.Equal((ExchangeStatus.Draft, 1, 1), (unchanged.Status, unchanged.Participants.Count, unchanged.Counts.Single().Participants));
        }
    }

    [Fact]
    public async Task A_coordinator_lists_only_the_exchanges_of_their_organisation_and_the_officer_lists_all()
    {
        var mine = ExchangeRequests.Unique("cfa");
        var theirs = ExchangeRequests.Unique("lycee");
        var own = await _api.CreateExchangeAsync(_api.Coordinator(mine));
        var other = await _api.CreateExchangeAsync(_api.Coordinator(theirs));

        var listed = await _api.Coordinator(mine).GetFromJsonAsync<PagedResponse<ExchangeSummary>>($"{MobilityApi.ExchangesPath}?pageSize=100", TestJson.Options);
        Assert.Equal([own.Id], listed!.Items.Select(e => e.Id));

        var all = await _api.Officer().GetFromJsonAsync<PagedResponse<ExchangeSummary>>($"{MobilityApi.ExchangesPath}?pageSize=100", TestJson.Options);
        Assert.Contains(own.Id, all!.Items.Select(e => e.Id));
        Assert.Contains(other.Id, all.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        var forged = _api.As(TestTokens.Forged(Roles.RegionalOfficer));

        await Expect.StatusAsync(await forged.GetAsync(MobilityApi.HostsPath), HttpStatusCode.Unauthorized);
    }
}
