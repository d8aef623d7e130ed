using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;

namespace BfcNetwork.Investment.Tests.Support;

/// <summary>
/// An Investment service on its own fresh database (real PostgreSQL, migrated at start-up) and the
/// shared real RabbitMQ, plus clients for the users of a test.
/// </summary>
public sealed class InvestmentApi(ServiceFactory<Program> factory, string databaseConnectionString)
    : ServiceApi<Program>(factory, databaseConnectionString)
{
    public const string OfficerId = "olivia@investment";
    public const string SeniorId = "sam@investment";

    public static JsonSerializerOptions Json => TestJson.Options;

    public static Task<InvestmentApi> StartAsync(TestServers servers, string name) =>
        StartAsync(servers.NewDatabaseConnectionString(name), servers.RabbitMqConnectionString);

    public static Task<InvestmentApi> StartAsync(
        string databaseConnectionString, string messagingConnectionString, bool listenOnLoopback = false, bool seedDemoData = false)
    {
        var factory = new ServiceFactory<Program>(
            ServiceSettings.For(ResourceNames.InvestmentDatabase, databaseConnectionString, messagingConnectionString, seedDemoData), listenOnLoopback).Started();
        return Task.FromResult(new InvestmentApi(factory, databaseConnectionString));
    }

    public static string OfficerToken(string subject = OfficerId) => TestTokens.For(Roles.InvestmentOfficer, null, subject);

    public static string SeniorToken(string subject = SeniorId) => TestTokens.For(Roles.InvestmentSenior, null, subject);

    public static string IntercoToken(string epci) => TestTokens.For(Roles.IntercoOfficer, epci, $"officer@{epci}");

    public HttpClient InvestmentOfficer(string subject = OfficerId) => As(OfficerToken(subject));

    public HttpClient Senior() => As(SeniorToken());

    public HttpClient Interco(string epci) => As(IntercoToken(epci));

    public static async Task<LeadResponse> CreateLeadAsync(HttpClient client, LeadRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/investment/leads", request, Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<LeadResponse>(Json))!;
    }

    public Task<LeadResponse> CreateLeadAsync(LeadRequest request) => CreateLeadAsync(InvestmentOfficer(), request);

    public static Task<HttpResponseMessage> MoveAsync(HttpClient client, Guid id, LeadStage stage) =>
        client.PostAsJsonAsync($"/api/investment/leads/{id}/stage", new StageRequest(stage, null), Json);

    public static async Task MoveOkAsync(HttpClient client, Guid id, params LeadStage[] stages)
    {
        foreach (var stage in stages)
        {
            await Expect.StatusAsync(await MoveAsync(client, id, stage), HttpStatusCode.OK);
        }
    }

    /// <summary>Reads the lead's ETag, then replaces its fields.</summary>
    public static async Task<HttpResponseMessage> ReviseAsync(HttpClient client, Guid id, LeadRequest request)
    {
        var current = await client.GetAsync($"/api/investment/leads/{id}");
        await Expect.StatusAsync(current, HttpStatusCode.OK);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/investment/leads/{id}") { Content = JsonContent.Create(request, options: Json) };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue(current.Headers.ETag!.Tag));
        return await client.SendAsync(put);
    }
}
