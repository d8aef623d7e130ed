using System.Text.RegularExpressions;
using BfcNetwork.Network.Tests.Support;

namespace BfcNetwork.Network.Tests.Authorization;

/// <summary>
/// One request to an endpoint of the <see cref="AccessTable"/>: the values of its route parameters,
/// an optional query, a valid body and the If-Match it needs, so that only authorization can refuse it.
/// </summary>
public sealed partial record EndpointCall(IReadOnlyDictionary<string, string>? RouteValues = null, string? Query = null, object? Body = null, string? IfMatch = null)
{
    public static readonly EndpointCall Plain = new();

    public static EndpointCall On(Guid id, object? body = null, string? ifMatch = null) => new(new Dictionary<string, string> { ["id"] = id.ToString() }, Body: body, IfMatch: ifMatch);

    /// <summary>The path and query this call sends to <paramref name="rule"/>'s route.</summary>
    public string Target(AccessRule rule)
    {
        var path = RouteParameter().Replace(rule.Route, match =>
            RouteValues?.TryGetValue(match.Groups["name"].Value, out var value) == true
                ? Uri.EscapeDataString(value)
                : throw new InvalidOperationException($"{rule}: no value for {{{match.Groups["name"].Value}}}."));
        return Query is null ? path : $"{path}?{Query}";
    }

    public HttpRequestMessage ToRequest(AccessRule rule)
    {
        // Endpoints mapped for any method (the health probes) are called with GET.
        return NetworkRequests.Json(rule.Method == "ANY" ? HttpMethod.Get : new HttpMethod(rule.Method), Target(rule), Body, IfMatch);
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
