using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;

namespace BfcNetwork.CrossBorder.Tests.Support;

/// <summary>
/// A CrossBorder service on its own fresh database (real PostgreSQL, migrated at start-up) and the
/// shared real RabbitMQ, plus clients for the users of a test and the calls scenarios repeat.
/// </summary>
public sealed class CrossBorderApi(ServiceFactory<Program> factory, string databaseConnectionString)
    : ServiceApi<Program>(factory, databaseConnectionString)
{
    public const string ProjectsPath = "/api/crossborder/projects";

    public static Task<CrossBorderApi> StartAsync(TestServers servers, string name, IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync(servers.NewDatabaseConnectionString(name), servers.RabbitMqConnectionString, settings: settings);

    public static Task<CrossBorderApi> StartAsync(string databaseConnectionString, string messagingConnectionString,
        bool listenOnLoopback = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = ServiceSettings.For(ResourceNames.CrossBorderDatabase, databaseConnectionString, messagingConnectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new ServiceFactory<Program>(all, listenOnLoopback).Started();
        return Task.FromResult(new CrossBorderApi(factory, databaseConnectionString));
    }

    public HttpClient SwissPartner(string organisationId) => As(TestTokens.For(Roles.SwissPartner, organisationId));

    public HttpClient FrenchPartner(string organisationId) => As(TestTokens.For(Roles.FrenchPartner, organisationId));

    /// <summary>Registers a project as the secretariat; <paramref name="request"/> defaults to a complete, submittable one.</summary>
    public async Task<ProjectResponse> CreateProjectAsync(ProjectRequest? request = null, HttpClient? client = null)
    {
        var response = await (client ?? Officer()).PostAsJsonAsync(ProjectsPath, request ?? ProjectRequests.Valid(), TestJson.Options);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<ProjectResponse>(TestJson.Options))!;
    }

    public async Task<(ProjectResponse Project, string ETag)> GetProjectAsync(Guid id, HttpClient? client = null)
    {
        var response = await (client ?? Officer()).GetAsync($"{ProjectsPath}/{id}");
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return ((await response.Content.ReadFromJsonAsync<ProjectResponse>(TestJson.Options))!, response.Headers.ETag!.Tag);
    }

    public Task<HttpResponseMessage> TransitionAsync(Guid id, ProjectStatus to, string? note = null, DateOnly? date = null, HttpClient? client = null) =>
        (client ?? Officer()).PostAsJsonAsync($"{ProjectsPath}/{id}/transitions", new TransitionRequest(to, note, date), TestJson.Options);

    /// <summary>Takes each step as the secretariat, asserting each succeeds; returns the project as it ends.</summary>
    public async Task<ProjectResponse> AdvanceAsync(Guid id, params ProjectStatus[] steps)
    {
        ProjectResponse? project = null;
        foreach (var step in steps)
        {
            var response = await TransitionAsync(id, step, NoteFor(step));
            await Expect.StatusAsync(response, HttpStatusCode.OK);
            project = await response.Content.ReadFromJsonAsync<ProjectResponse>(TestJson.Options);
        }

        return project ?? (await GetProjectAsync(id)).Project;
    }

    /// <summary>Sends <paramref name="method"/> with a JSON body and the given If-Match (the project's current ETag when null).</summary>
    public async Task<HttpResponseMessage> SendWithETagAsync(HttpClient client, HttpMethod method, string path, object? body, Guid projectId, string? etag = null)
    {
        var request = new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: TestJson.Options),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag ?? (await GetProjectAsync(projectId)).ETag);
        return await client.SendAsync(request);
    }

    public static string? NoteFor(ProjectStatus step) => step switch
    {
        ProjectStatus.ReturnedToApplicant or ProjectStatus.Ineligible or ProjectStatus.NotApproved => "Reason given to the applicant",
        ProjectStatus.ApprovedWithConditions => "Sign the partnership agreement first",
        _ => null,
    };
}
