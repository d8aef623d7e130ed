using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Mobility.Tests.Api;

/// <summary>The host list's country filter: the network fuzz test found it taking any two characters.</summary>
public sealed class HostFilterTests(MobilityApiFixture fixture) : IClassFixture<MobilityApiFixture>
{
    private readonly MobilityApi _api = fixture.Api;

    [Theory]
    [InlineData("12")]
    [InlineData("F1")]
    [InlineData("FRA")]
    public async Task A_country_that_is_not_two_letters_is_a_400_problem(string country)
    {
        var errors = await Expect.ProblemAsync(await _api.Officer().GetAsync($"/api/mobility/hosts?country={country}"), HttpStatusCode.BadRequest);

        Assert.Equal(["country"], errors.Keys);
    }

    [Fact]
    public async Task A_lower_case_country_is_read_as_upper_case()
    {
        var leadId = Guid.NewGuid();
        await _api.Bus.Publish(Messages.LeadWon(leadId, "Company settled in Dole", "Dole"));
        var host = (await Eventually.Until(() => _api.HostsOfAsync(HostSource.Investment, leadId.ToString()), h => h.Count == 1, TimeSpan.FromSeconds(30), "the host catalogued")).Single();

        var lower = await _api.Officer().GetFromJsonAsync<PagedResponse<HostResponse>>("/api/mobility/hosts?country=fr&pageSize=100", TestJson.Options);
        var upper = await _api.Officer().GetFromJsonAsync<PagedResponse<HostResponse>>("/api/mobility/hosts?country=FR&pageSize=100", TestJson.Options);

        Assert.Contains(host.Id, lower!.Items.Select(h => h.Id));
        Assert.Equal(upper!.Items.Select(h => h.Id), lower.Items.Select(h => h.Id));
    }
}
