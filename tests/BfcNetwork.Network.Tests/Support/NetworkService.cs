using BfcNetwork.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BfcNetwork.Network.Tests.Support;

/// <summary>
/// One service of a <see cref="TestNetwork"/>, whatever its <c>Program</c>: its name, its database
/// and the host now running it on a fixed loopback port, which it keeps across restarts.
/// </summary>
public sealed class NetworkService : IAsyncDisposable
{
    private readonly Func<IReadOnlyDictionary<string, string?>, int, RunningHost> _start;
    private RunningHost? _host;

    internal NetworkService(
        string name,
        string? databaseName,
        string? databaseConnectionString,
        IReadOnlyDictionary<string, string?> settings,
        Func<IReadOnlyDictionary<string, string?>, int, RunningHost> start)
    {
        Name = name;
        DatabaseName = databaseName;
        DatabaseConnectionString = databaseConnectionString;
        Settings = settings;
        _start = start;
        Port = FreePorts.Next();
    }

    /// <summary>The Aspire resource name (<see cref="BfcNetwork.BuildingBlocks.Hosting.ResourceNames"/>).</summary>
    public string Name { get; }

    /// <summary>The resource name of its database, null for the gateway.</summary>
    public string? DatabaseName { get; }

    public string? DatabaseConnectionString { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public bool IsRunning => _host is not null;

    /// <summary>The running host's services (its DbContext, its bus).</summary>
    public IServiceProvider Services => Host.Services;

    /// <summary>A client talking to this service directly, over loopback, optionally with a bearer token.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = Host.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        return client;
    }

    public void Start()
    {
        if (_host is null)
        {
            _host = _start(Settings, Port);
        }
    }

    /// <summary>Stops the host (gracefully: in-flight requests and consumers finish).</summary>
    public async Task StopAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.Factory.DisposeAsync();
        }
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        Start();
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private RunningHost Host => _host ?? throw new InvalidOperationException($"The {Name} service is not running.");

    /// <summary>A started host, reduced to what tests use, so services of different programs fit one list.</summary>
    internal sealed record RunningHost(IAsyncDisposable Factory, IServiceProvider Services, Func<HttpClient> CreateClient)
    {
        public static RunningHost Of<TProgram>(WebApplicationFactory<TProgram> factory)
            where TProgram : class => new(factory, factory.Services, factory.CreateClient);
    }
}
