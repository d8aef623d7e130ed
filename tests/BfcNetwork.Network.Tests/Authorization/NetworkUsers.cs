using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Network.Tests.Authorization;

/// <summary>The users of a <see cref="TestNetwork"/>: one client per service and principal, reused across requests.</summary>
public sealed class NetworkUsers(TestNetwork network)
{
    private readonly ConcurrentDictionary<(string Service, Principal Principal), HttpClient> _clients = new();

    public TestNetwork Network { get; } = network;

    public NetworkService Service(string name) =>
        Network.Services.Append(Network.Gateway).Single(s => s.Name == name);

    /// <summary>A client talking to <paramref name="service"/> directly (server-side enforcement) as <paramref name="principal"/>.</summary>
    public HttpClient Client(string service, Principal principal) =>
        _clients.GetOrAdd((service, principal), key => Service(key.Service).Client(key.Principal.Token()));

    /// <summary>Sends a JSON body and expects <paramref name="expected"/>; gives the answer's JSON and ETag.</summary>
    public async Task<Answer> SendAsync(
        string service, Principal principal, HttpMethod method, string path, object? body = null, string? ifMatch = null,
        HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = NetworkRequests.Json(method, path, body, ifMatch);
        using var response = await Client(service, principal).SendAsync(request);
        await Expect.StatusAsync(response, expected);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response.Headers.ETag?.ToString());
    }

    public Task<Answer> PostAsync(string service, Principal principal, string path, object? body, HttpStatusCode expected = HttpStatusCode.Created) =>
        SendAsync(service, principal, HttpMethod.Post, path, body, expected: expected);

    /// <summary>A JSON answer and the ETag that came with it.</summary>
    public sealed record Answer(JsonElement Json, string? ETag)
    {
        public Guid Id => Json.GetProperty("id").GetGuid();
    }
}
