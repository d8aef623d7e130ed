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

    [Fact]
    public void An_optional_filter_is_null_when_absent_and_an_unknown_word_is_a_field_error_listing_the_known_ones()
    {
        var errors = new ValidationErrors();

        Assert.Equal(Decision.Approved, JsonConventions.ParseQueryValue<Decision>("approved", "status", errors));
        Assert.Null(JsonConventions.ParseQueryValue<Decision>(null, "status", errors));
        Assert.True(errors.IsEmpty);
        Assert.Null(JsonConventions.ParseQueryValue<Decision>("maybe", "status", errors));
        Assert.Equal(["Unknown status; use one of approved, changes-requested."], errors.ToDictionary()["status"]);
    }
}
