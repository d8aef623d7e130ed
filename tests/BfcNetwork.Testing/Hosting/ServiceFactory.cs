using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BfcNetwork.Testing.Hosting;

/// <summary>
/// Hosts one BfcNetwork service (its real <c>Program</c>) for a test class, with the given
/// configuration on top of the test tokens' settings, in the <c>Testing</c> environment. With
/// <paramref name="listenOnLoopback"/> it listens on a free loopback port, so a gateway (or any
/// HTTP client) can reach it; otherwise it runs in memory. A host restarted on the port of the one
/// it replaces (<see cref="OnPort"/>) keeps the address a gateway already points at.
/// </summary>
public class ServiceFactory<TProgram> : WebApplicationFactory<TProgram>
    where TProgram : class
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly int? _listenOnPort;

    public ServiceFactory(IReadOnlyDictionary<string, string?> settings, bool listenOnLoopback = false)
        : this(settings, listenOnLoopback ? FreePorts.Next() : null)
    {
    }

    private ServiceFactory(IReadOnlyDictionary<string, string?> settings, int? listenOnPort)
    {
        _settings = settings;
        _listenOnPort = listenOnPort;
    }

    /// <summary>A host listening on loopback at <paramref name="port"/>.</summary>
    public static ServiceFactory<TProgram> OnPort(IReadOnlyDictionary<string, string?> settings, int port) => new(settings, port);

    /// <summary>The real address when listening on loopback.</summary>
    public Uri? PublicAddress => _listenOnPort is { } port ? new Uri($"http://127.0.0.1:{port}") : null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var all = new Dictionary<string, string?>(TestTokens.Configuration);
        foreach (var (key, value) in _settings)
        {
            all[key] = value;
        }

        // UseSetting reaches the configuration before Program reads it at registration time.
        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }

        if (_listenOnPort is { } port)
        {
            UseKestrel(port);
        }
    }

    /// <summary>Starts the host now (a real listener when a port was given).</summary>
    public ServiceFactory<TProgram> Started()
    {
        if (_listenOnPort is not null)
        {
            StartServer();
        }
        else
        {
            _ = Server;
        }

        return this;
    }
}
