using System.Net;
using System.Text.Json;
using Xunit;

namespace BfcNetwork.Testing;

/// <summary>Assertions on HTTP answers that show the body when they fail.</summary>
public static class Expect
{
    public static async Task StatusAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Expected {(int)expected} {expected} but got {(int)response.StatusCode} {response.StatusCode}: {body}");
        }
    }

    /// <summary>Asserts an RFC 7807 answer with the status, and returns its field errors (empty if none).</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        await StatusAsync(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)expected, problem.RootElement.GetProperty("status").GetInt32());
        return problem.RootElement.TryGetProperty("errors", out var errors)
            ? errors.Deserialize<Dictionary<string, string[]>>()!
            : new Dictionary<string, string[]>();
    }
}
