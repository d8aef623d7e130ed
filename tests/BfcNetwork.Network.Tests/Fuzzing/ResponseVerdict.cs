using System.Net;
using System.Text.Json;

namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>
/// What a response to malformed input must be: a 4xx (never a 5xx, never a success) with an RFC
/// 7807 body whose <c>status</c> is the HTTP status. Null when it is; otherwise why not.
/// </summary>
public static class ResponseVerdict
{
    public const string ProblemJson = "application/problem+json";

    public static string? Judge(HttpStatusCode status, string? mediaType, string body)
    {
        var code = (int)status;
        if (code >= 500)
        {
            return $"server error {code}: {Excerpt(body)}";
        }

        if (code < 400)
        {
            return $"accepted ({code}): {Excerpt(body)}";
        }

        if (mediaType != ProblemJson)
        {
            return $"{code} is not problem details (Content-Type {mediaType ?? "none"}): {Excerpt(body)}";
        }

        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("status", out var declared) && declared.ValueKind == JsonValueKind.Number && declared.GetInt32() == code
                ? null
                : $"{code} problem without a matching status: {Excerpt(body)}";
        }
        catch (JsonException)
        {
            return $"{code} problem body is not JSON: {Excerpt(body)}";
        }
    }

    private static string Excerpt(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
