using BfcNetwork.BuildingBlocks.Http;

namespace BfcNetwork.BuildingBlocks.Tests.Unit;

public sealed class JsonConventionsTests
{
    private enum Decision
    {
        Approved,
        ChangesRequested,
    }

    [Fact]
    public void Enums_are_written_as_kebab_case_words()
    {
        Assert.Equal("changes-requested", JsonConventions.EnumName(Decision.ChangesRequested));
    }

    [Fact]
    public void Query_values_are_read_exactly_as_written_in_json()
    {
        Assert.True(JsonConventions.TryParseEnum<Decision>("changes-requested", out var decision));
        Assert.Equal(Decision.ChangesRequested, decision);
        Assert.False(JsonConventions.TryParseEnum<Decision>("ChangesRequested", out _));
        Assert.False(JsonConventions.TryParseEnum<Decision>("1", out _));
    }
}
