using System.Net;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.CrossBorder.Tests.Api;

/// <summary>List filters are validated like body fields: the network fuzz test found them taking any length.</summary>
public sealed class ListFilterTests(CrossBorderApiFixture fixture) : IClassFixture<CrossBorderApiFixture>
{
    private readonly CrossBorderApi _api = fixture.Api;

    [Theory]
    [InlineData("callId")]
    [InlineData("specificObjective")]
    public async Task A_code_filter_longer_than_any_code_is_a_400_problem(string filter)
    {
        var errors = await Expect.ProblemAsync(
            await _api.Officer().GetAsync($"{CrossBorderApi.ProjectsPath}?{filter}={new string('c', ProjectLimits.CodeLength + 1)}"),
            HttpStatusCode.BadRequest);

        Assert.Equal([filter], errors.Keys);
    }
}
