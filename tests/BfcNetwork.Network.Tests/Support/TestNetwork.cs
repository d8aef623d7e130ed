extern alias crossborder;
extern alias gateway;
extern alias investment;
extern alias mobility;
extern alias solidarity;

using System.Globalization;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Messaging;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using CrossBorderProgram = crossborder::Program;
using GatewayProgram = gateway::Program;
using InvestmentProgram = investment::Program;
using MobilityProgram = mobility::Program;
using SolidarityProgram = solidarity::Program;

namespace BfcNetwork.Network.Tests.Support;

/// <summary>
/// The whole network for one test: Solidarity, CrossBorder, Investment and Mobility each on its own
/// fresh database of the given PostgreSQL server, all on the given RabbitMQ, each listening on its
/// own loopback port, and the real gateway in front of them. Mobility's consumer queues carry a
/// prefix of their own, so networks sharing a broker never take each other's messages.
/// </summary>
public sealed class TestNetwork : IAsyncDisposable
{
    /// <summary>Consumer retries before a message goes to its <c>_error</c> queue, kept short for tests.</summary>
    public const int ConsumerRetryLimit = 2;

    private static readonly TimeSpan BusPatience = TimeSpan.FromSeconds(60);

    private TestNetwork(NetworkService solidarity, NetworkService crossBorder, NetworkService investment, NetworkService mobility, NetworkService gateway, string endpointPrefix, string broker)
    {
        Broker = broker;
        Solidarity = solidarity;
        CrossBorder = crossBorder;
        Investment = investment;
        Mobility = mobility;
        Gateway = gateway;
        MobilityEndpointPrefix = endpointPrefix;
    }

    public NetworkService Solidarity { get; }

    public NetworkService CrossBorder { get; }

    public NetworkService Investment { get; }

    public NetworkService Mobility { get; }

    public NetworkService Gateway { get; }

    /// <summary>The four back-end services (not the gateway).</summary>
    public IReadOnlyList<NetworkService> Services => [Solidarity, CrossBorder, Investment, Mobility];

    /// <summary>The amqp:// URI (virtual host included) every service of this network uses.</summary>
    public string Broker { get; }

    /// <summary>The prefix of Mobility's consumer queues (<c>{prefix}-solidarity-project-approved</c>).</summary>
    public string MobilityEndpointPrefix { get; }

    /// <summary>Starts the network on the assembly's shared servers.</summary>
    /// <param name="configure">Adds or overrides settings of a service, by resource name, before it starts.</param>
    public static async Task<TestNetwork> StartAsync(TestServers servers, Action<string, Dictionary<string, string?>>? configure = null) =>
        await StartAsync(servers.NewDatabaseConnectionString, await OwnBrokerAsync(servers), configure);

    /// <summary>
    /// A virtual host of its own on the shared throwaway broker (the broker itself when it is an
    /// external one): every Mobility binds its queues to the same event exchanges, so networks
    /// sharing a virtual host would consume each other's events.
    /// </summary>
    public static async Task<string> OwnBrokerAsync(TestServers servers) => servers.RabbitMq is { } rabbitMq
        ? await rabbitMq.AddVirtualHostAsync($"network-{Guid.NewGuid():N}")
        : servers.RabbitMqConnectionString;

    /// <summary>Starts the network on a private PostgreSQL server (one a test stops) and the given broker.</summary>
    public static Task<TestNetwork> StartAsync(PostgresServer postgres, string rabbitMq, Action<string, Dictionary<string, string?>>? configure = null) =>
        StartAsync(postgres.NewDatabaseConnectionString, rabbitMq, configure);

    /// <param name="newDatabase">Gives the connection string of a new, not yet created database for a name prefix.</param>
    /// <param name="rabbitMq">The broker's amqp:// URI.</param>
    /// <param name="configure">Adds or overrides settings of a service, by resource name, before it starts.</param>
    public static async Task<TestNetwork> StartAsync(Func<string, string> newDatabase, string rabbitMq, Action<string, Dictionary<string, string?>>? configure = null)
    {
        var endpointPrefix = $"test-{Guid.NewGuid():N}";
        var mobility = Backend<MobilityProgram>(ResourceNames.Mobility, ResourceNames.MobilityDatabase, newDatabase, rabbitMq, configure, settings =>
        {
            settings[MessagingOptions.EndpointPrefixKey] = endpointPrefix;
            settings["Messaging:RetryLimit"] = ConsumerRetryLimit.ToString(CultureInfo.InvariantCulture);
            settings["Messaging:RetryMinInterval"] = "00:00:00.050";
            settings["Messaging:RetryMaxInterval"] = "00:00:00.200";
        });
        var solidarity = Backend<SolidarityProgram>(ResourceNames.Solidarity, ResourceNames.SolidarityDatabase, newDatabase, rabbitMq, configure);
        var crossBorder = Backend<CrossBorderProgram>(ResourceNames.CrossBorder, ResourceNames.CrossBorderDatabase, newDatabase, rabbitMq, configure);
        var investment = Backend<InvestmentProgram>(ResourceNames.Investment, ResourceNames.InvestmentDatabase, newDatabase, rabbitMq, configure);

        var gatewaySettings = new Dictionary<string, string?>();
        foreach (var backend in new[] { solidarity, crossBorder, investment, mobility })
        {
            gatewaySettings[ResourceNames.HttpEndpointKey(backend.Name)] = backend.Address.ToString().TrimEnd('/');
        }

        configure?.Invoke(ResourceNames.Gateway, gatewaySettings);
        var gateway = new NetworkService(ResourceNames.Gateway, null, gatewaySettings, Starter<GatewayProgram>());

        var network = new TestNetwork(solidarity, crossBorder, investment, mobility, gateway, endpointPrefix, rabbitMq);
        try
        {
            // Mobility first, its queues bound, so no event published by the others is missed.
            await network.StartMobilityAsync();
            solidarity.Start();
            crossBorder.Start();
            investment.Start();
            gateway.Start();
        }
        catch
        {
            await network.DisposeAsync();
            throw;
        }

        return network;
    }

    /// <summary>Starts (or restarts after a stop) Mobility and waits until its consumer queues are bound.</summary>
    public async Task StartMobilityAsync()
    {
        Mobility.Start();
        var health = await Mobility.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, BusPatience);
        if (health != BusHealthStatus.Healthy)
        {
            throw new InvalidOperationException($"The Mobility bus is {health} after {BusPatience.TotalSeconds:0} s.");
        }
    }

    /// <summary>A client of the gateway, optionally with a bearer token.</summary>
    public HttpClient ThroughGateway(string? token = null) => Gateway.Client(token);

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        foreach (var service in Services.Reverse())
        {
            await service.DisposeAsync();
        }
    }

    private static NetworkService Backend<TProgram>(
        string name,
        string databaseName,
        Func<string, string> newDatabase,
        string rabbitMq,
        Action<string, Dictionary<string, string?>>? configure,
        Action<Dictionary<string, string?>>? own = null)
        where TProgram : class
    {
        var database = newDatabase($"net-{name}");
        var settings = ServiceSettings.For(databaseName, database, rabbitMq);
        own?.Invoke(settings);
        configure?.Invoke(name, settings);
        return new NetworkService(name, database, settings, Starter<TProgram>());
    }

    private static Func<IReadOnlyDictionary<string, string?>, int, NetworkService.RunningHost> Starter<TProgram>()
        where TProgram : class =>
        (settings, port) => NetworkService.RunningHost.Of(ServiceFactory<TProgram>.OnPort(settings, port).Started());
}
