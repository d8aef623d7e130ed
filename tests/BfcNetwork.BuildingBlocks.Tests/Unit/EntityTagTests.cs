using BfcNetwork.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http;

namespace BfcNetwork.BuildingBlocks.Tests.Unit;

public sealed class EntityTagTests
{
    private const uint Current = 4711;

    [Fact]
    public void A_version_is_sent_as_a_strong_quoted_tag()
    {
        Assert.Equal("\"4711\"", EntityTag.Format(Current));

        var response = new DefaultHttpContext().Response;
        response.SetETag(Current);
        Assert.Equal("\"4711\"", response.Headers.ETag.ToString());
    }

    [Fact]
    public void A_request_without_if_match_is_missing_its_precondition()
    {
        Assert.Equal(IfMatchOutcome.Missing, Request(null).CheckIfMatch(Current));
        Assert.Equal(IfMatchOutcome.Missing, Request("  ").CheckIfMatch(Current));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"4711\"")]
    [InlineData("\"4700\", \"4711\"")]
    public void The_current_tag_or_a_wildcard_matches(string ifMatch)
    {
        Assert.Equal(IfMatchOutcome.Matches, Request(ifMatch).CheckIfMatch(Current));
    }

    [Theory]
    [InlineData("\"4710\"")]
    [InlineData("W/\"4711\"")]
    [InlineData("4711")]
    [InlineData("\"\"")]
    public void An_older_weak_or_malformed_tag_is_stale(string ifMatch)
    {
        Assert.Equal(IfMatchOutcome.Stale, Request(ifMatch).CheckIfMatch(Current));
    }

    private static HttpRequest Request(string? ifMatch)
    {
        var request = new DefaultHttpContext().Request;
        if (ifMatch is not null)
        {
            request.Headers.IfMatch = ifMatch;
        }

        return request;
    }
}
