using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace BfcNetwork.BuildingBlocks.Http;

/// <summary>
/// Optimistic concurrency over HTTP: a row's PostgreSQL <c>xmin</c> is its version, sent as a
/// strong <c>ETag</c> and expected back in <c>If-Match</c>.
/// </summary>
public static class EntityTag
{
    public static string Format(uint version) => $"\"{version}\"";

    public static void SetETag(this HttpResponse response, uint version) => response.Headers.ETag = Format(version);

    /// <summary>
    /// For an edit that must name the version it changes: 428 without <c>If-Match</c>, 412 when it
    /// names an older version, null when it names the current one.
    /// </summary>
    public static ProblemHttpResult? RequireCurrentVersion(this HttpRequest request, uint currentVersion) => request.CheckIfMatch(currentVersion) switch
    {
        IfMatchOutcome.Missing => Problems.PreconditionRequired(),
        IfMatchOutcome.Stale => Problems.PreconditionFailed(),
        _ => null,
    };

    /// <summary>What the request's <c>If-Match</c> says about a resource now at <paramref name="currentVersion"/>.</summary>
    public static IfMatchOutcome CheckIfMatch(this HttpRequest request, uint currentVersion)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return IfMatchOutcome.Missing;
        }

        if (header.Trim() == "*")
        {
            return IfMatchOutcome.Matches;
        }

        return EntityTagHeaderValue.TryParseList(request.Headers.IfMatch, out var tags)
            && tags.Any(tag => !tag.IsWeak && tag.Tag.Equals(Format(currentVersion), StringComparison.Ordinal))
            ? IfMatchOutcome.Matches
            : IfMatchOutcome.Stale;
    }
}
