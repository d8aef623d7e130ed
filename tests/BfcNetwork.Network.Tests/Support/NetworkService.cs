using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
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
        string? databaseConnectionString,
        IReadOnlyDictionary<string, string?> settings,
        Func<IReadOnlyDictionary<string, string?>, int, RunningHost> start)
    {
        Name = name;
        DatabaseConnectionString = databaseConnectionString;
        Settings = settings;
        _start = start;
        Port = FreePorts.Next();
    }

    /// <summary>The Aspire resource name (<see cref="BfcNetwork.BuildingBlocks.Hosting.ResourceNames"/>).</summary>
    public string Name { get; }

    public string? DatabaseConnectionString { get; }

    private IReadOnlyDictionary<string, string?> Settings { get; }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>The running host's services (its DbContext, its bus).</summary>
    public IServiceProvider Services => Host.Services;

    /// <summary>A client talking to this service directly, over loopback, optionally with a bearer token.</summary>
    public HttpClient Client(string? token = null) => Host.CreateClient().WithBearer(token);

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

    public ValueTask DisposeAsync() => new(StopAsync());

    private RunningHost Host => _host ?? throw new InvalidOperationException($"The {Name} service is not running.");

    /// <summary>A started host, reduced to what tests use, so services of different programs fit one list.</summary>
    internal sealed record RunningHost(IAsyncDisposable Factory, IServiceProvider Services, Func<HttpClient> CreateClient)
    {
        public static RunningHost Of<TProgram>(WebApplicationFactory<TProgram> factory)
            where TProgram : class => new(factory, factory.Services, factory.CreateClient);
    }
}
