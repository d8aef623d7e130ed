using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BfcNetwork.Testing.Hosting;

/// <summary>
/// Hosts one BfcNetwork service (its real <c>Program</c>) for a test class, with the given
/// configuration on top of the test tokens' settings, in the <c>Testing</c> environment. With
/// <paramref name="listenOnLoopback"/> it listens on a free loopback port, so a gateway (or any
/// HTTP client) can reach it; otherwise it runs in memory.
/// </summary>
public class ServiceFactory<TProgram>(IReadOnlyDictionary<string, string?> settings, bool listenOnLoopback = false)
    : WebApplicationFactory<TProgram>
    where TProgram : class
{
    private readonly int? _listenOnPort = listenOnLoopback ? FreePorts.Next() : null;

    /// <summary>The real address when listening on loopback.</summary>
    public Uri? PublicAddress => _listenOnPort is { } port ? new Uri($"http://127.0.0.1:{port}") : null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var all = new Dictionary<string, string?>(TestTokens.Configuration);
        foreach (var (key, value) in settings)
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
