using System.Net.Http.Json;
using System.Text.Json;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.Solidarity.Apis.Models;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;

namespace BfcNetwork.Solidarity.Tests.Support;

/// <summary>
/// A Solidarity service on its own fresh database (real PostgreSQL, migrated at start-up) and the
/// shared real RabbitMQ, plus clients for the users of a test.
/// </summary>
public sealed class SolidarityApi(ServiceFactory<Program> factory, string databaseConnectionString)
    : ServiceApi<Program>(factory, databaseConnectionString)
{
    public static JsonSerializerOptions Json => TestJson.Options;

    public static Task<SolidarityApi> StartAsync(TestServers servers, string name) =>
        StartAsync(servers.NewDatabaseConnectionString(name), servers.RabbitMqConnectionString);

    public static Task<SolidarityApi> StartAsync(string databaseConnectionString, string messagingConnectionString, bool listenOnLoopback = false)
    {
        var factory = new ServiceFactory<Program>(
            ServiceSettings.For(ResourceNames.SolidarityDatabase, databaseConnectionString, messagingConnectionString), listenOnLoopback).Started();
        return Task.FromResult(new SolidarityApi(factory, databaseConnectionString));
    }

    public HttpClient Coordinator(string associationId) => As(TestTokens.Coordinator(associationId));

    /// <summary>Registers a new association with a unique id, as a regional officer would.</summary>
    public async Task<string> NewAssociationAsync(string name = "Association")
    {
        var id = $"{Association(name)}-{Guid.NewGuid().ToString("N")[..8]}";
        var response = await Officer().PostAsJsonAsync("/api/solidarity/associations",
            new AssociationRequest(id, $"{name} {id}", "Besançon"), Json);
        response.EnsureSuccessStatusCode();
        return id;
    }

    public async Task<(ProjectResponse Project, string ETag)> CreateProjectAsync(HttpClient coordinator, ProjectRequest? request = null)
    {
        var response = await coordinator.PostAsJsonAsync("/api/solidarity/projects", request ?? ProjectRequests.Valid(), Json);
        await Expect.StatusAsync(response, System.Net.HttpStatusCode.Created);
        return ((await response.Content.ReadFromJsonAsync<ProjectResponse>(Json))!, response.Headers.ETag!.Tag);
    }

    public async Task<ProjectResponse> SubmitAsync(HttpClient coordinator, Guid projectId)
    {
        var response = await coordinator.PostAsync($"/api/solidarity/projects/{projectId}/submit", null);
        await Expect.StatusAsync(response, System.Net.HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ProjectResponse>(Json))!;
    }

    public async Task<HttpResponseMessage> DecideAsync(Guid projectId, DecisionRequest decision) =>
        await Officer().PostAsJsonAsync($"/api/solidarity/projects/{projectId}/decision", decision, Json);

    private static string Association(string name) => BfcNetwork.Solidarity.Domain.Association.SlugFrom(name);
}
