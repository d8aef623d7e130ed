using System.Net;
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
        await Expect.StatusAsync(await _api.Officer().GetAsync("/api/mobility/hosts?country=fr"), HttpStatusCode.OK);
    }
}
