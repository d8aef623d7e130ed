using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;

namespace BfcNetwork.Network.Tests.Fuzzing.Seeds;

/// <summary>Valid requests that create the resources the fuzzed operations name; each must succeed.</summary>
public static class SeedRequests
{
    public static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>A body the shared request builders make (<c>ProjectBodies</c>, <c>NetworkRequests</c>), as JSON the fuzzer can break.</summary>
    public static JsonObject Json(object body) => JsonSerializer.SerializeToNode(body, body.GetType(), TestJson.Options)!.AsObject();

    public static async Task<JsonObject> SendAsync(this HttpClient client, HttpMethod method, string url, string token, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.IfMatch.ParseAdd("*");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Seeding failed: {method} {url} answered {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? [];
    }

    public static Task<JsonObject> PostAsync(this HttpClient client, string url, string token, JsonNode? body = null) =>
        client.SendAsync(HttpMethod.Post, url, token, body);

    public static string Id(this JsonObject resource) => resource["id"]!.GetValue<string>();

    public static string Date(int daysFromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysFromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Officer() => TestTokens.RegionalOfficer("fuzz-officer@region");
}
