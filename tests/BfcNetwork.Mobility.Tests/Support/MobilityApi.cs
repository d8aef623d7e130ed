using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Messaging;
using BfcNetwork.Mobility.Apis;
using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Consumers;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Infrastructure;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BfcNetwork.Mobility.Tests.Support;

/// <summary>
/// A Mobility service on its own fresh database (real PostgreSQL, migrated at start-up) and the shared
/// real RabbitMQ, with its own consumer queues (<see cref="EndpointPrefix"/>) so other test hosts on the
/// broker never take its messages.
/// </summary>
public sealed class MobilityApi(ServiceFactory<Program> factory, string databaseConnectionString, string endpointPrefix)
    : ServiceApi<Program>(factory, databaseConnectionString)
{
    public const string ExchangesPath = ExchangesApi.Path;
    public const string HostsPath = HostsApi.Path;
    public const int RetryLimit = 2;

    public string EndpointPrefix { get; } = endpointPrefix;

    public static Task<MobilityApi> StartAsync(TestServers servers, string name) =>
        StartAsync(servers.NewDatabaseConnectionString(name), servers.RabbitMqConnectionString, $"test-{Guid.NewGuid():N}");

    public static async Task<MobilityApi> StartAsync(string databaseConnectionString, string messagingConnectionString, string endpointPrefix, bool listenOnLoopback = false, bool seedDemoData = false)
    {
        var settings = ServiceSettings.For(ResourceNames.MobilityDatabase, databaseConnectionString, messagingConnectionString, seedDemoData);
        settings[MessagingOptions.EndpointPrefixKey] = endpointPrefix;
        settings["Messaging:RetryLimit"] = RetryLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Messaging:RetryMinInterval"] = "00:00:00.050";
        settings["Messaging:RetryMaxInterval"] = "00:00:00.200";
        var factory = new ServiceFactory<Program>(settings, listenOnLoopback).Started();
        // The bus connects in the background: until its receive endpoints are bound, a published event has no queue to land in.
        var health = await factory.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        if (health != BusHealthStatus.Healthy)
        {
            throw new InvalidOperationException($"The Mobility bus is {health} after 60 s.");
        }

        return new MobilityApi(factory, databaseConnectionString, endpointPrefix);
    }

    public HttpClient Coordinator(string organisationId) => As(TestTokens.For(Roles.MobilityCoordinator, organisationId));

    public IBus Bus => Factory.Services.GetRequiredService<IBus>();

    public async Task<T> WithDbAsync<T>(Func<MobilityDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MobilityDbContext>());
    }

    public Task<List<HostOrganisation>> HostsOfAsync(HostSource source, string sourceId) =>
        WithDbAsync(db => db.Hosts.AsNoTracking().Where(h => h.Source == source && h.SourceId == sourceId).ToListAsync());

    public async Task<ExchangeResponse> CreateExchangeAsync(HttpClient coordinator, ExchangeRequest? request = null)
    {
        var response = await coordinator.PostAsJsonAsync(ExchangesPath, request ?? ExchangeRequests.ApprenticesToSpain(), TestJson.Options);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<ExchangeResponse>(TestJson.Options))!;
    }

    public async Task<ParticipantResponse> AddParticipantAsync(HttpClient coordinator, Guid exchangeId, ParticipantRequest request)
    {
        var response = await coordinator.PostAsJsonAsync($"{ExchangesPath}/{exchangeId}/participants", request, TestJson.Options);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<ParticipantResponse>(TestJson.Options))!;
    }

    public async Task<ExchangeResponse> GetExchangeAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"{ExchangesPath}/{id}");
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ExchangeResponse>(TestJson.Options))!;
    }

    public Task<HttpResponseMessage> TransitionAsync(HttpClient client, Guid id, ExchangeStatus to, string? note = null) =>
        client.PostAsJsonAsync($"{ExchangesPath}/{id}/transitions", new TransitionRequest(to, note), TestJson.Options);

    public async Task<ExchangeResponse> AdvanceAsync(HttpClient client, Guid id, params ExchangeStatus[] steps)
    {
        ExchangeResponse? exchange = null;
        foreach (var step in steps)
        {
            var response = await TransitionAsync(client, id, step, step == ExchangeStatus.Cancelled ? "Cancelled for the test" : null);
            await Expect.StatusAsync(response, HttpStatusCode.OK);
            exchange = await response.Content.ReadFromJsonAsync<ExchangeResponse>(TestJson.Options);
        }

        return exchange ?? await GetExchangeAsync(client, id);
    }
}
