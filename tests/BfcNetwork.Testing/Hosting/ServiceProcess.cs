using System.Diagnostics;

namespace BfcNetwork.Testing.Hosting;

/// <summary>
/// A service run as its own operating-system process from its build output
/// (<c>src/BfcNetwork.&lt;Service&gt;/bin/&lt;configuration&gt;/&lt;tfm&gt;</c>, with its appsettings),
/// configured through environment variables as an orchestrator would, so a test can kill it
/// outright (SIGKILL): no graceful shutdown, no finally blocks, no acknowledgements sent.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan HealthPatience = TimeSpan.FromSeconds(90);

    private readonly OutputTail _output = new();
    private readonly Process _process;

    private ServiceProcess(ProcessStartInfo info, int port)
    {
        _process = ProcessRunner.Start(info, _output);
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    /// <summary>The last lines the process wrote, for failure messages.</summary>
    public string OutputTail => _output.ToString();

    /// <summary>Starts <c>BfcNetwork.&lt;service&gt;</c> with the given settings (configuration keys) and waits until <c>/health</c> answers 200.</summary>
    public static async Task<ServiceProcess> StartAsync(string service, IReadOnlyDictionary<string, string?> settings)
    {
        int port = FreePorts.Next();
        string dll = BuiltAssembly(service);
        Dictionary<string, string?> environment = new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        };
        foreach ((string key, string? value) in TestTokens.Configuration.Concat(settings))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        ProcessStartInfo info = ProcessRunner.CreateStartInfo(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [dll], Path.GetDirectoryName(dll)!, environment);
        ServiceProcess started = new(info, port);
        try
        {
            await started.WaitHealthyAsync().ConfigureAwait(false);
        }
        catch
        {
            await started.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return started;
    }

    /// <summary>SIGKILL, then waits until the process is gone.</summary>
    public async Task KillAsync()
    {
        ProcessRunner.TryKill(_process);
        using CancellationTokenSource limit = new(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Would not die: nothing more a test can do.
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using HttpClient client = new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        DateTime deadline = DateTime.UtcNow + HealthPatience;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with code {_process.ExitCode}:{Environment.NewLine}{OutputTail}");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative)).ConfigureAwait(false)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The service was not healthy within {HealthPatience}:{Environment.NewLine}{OutputTail}");
            }

            await Task.Delay(200).ConfigureAwait(false);
        }
    }

    /// <summary>The service's own build output, built in the configuration and for the framework this test assembly was.</summary>
    private static string BuiltAssembly(string service)
    {
        DirectoryInfo testOutput = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = testOutput.Name;
        string configuration = testOutput.Parent!.Name;
        DirectoryInfo? root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "BfcNetwork.sln")))
        {
            root = root.Parent;
        }

        string project = $"BfcNetwork.{service}";
        string dll = Path.Combine(root?.FullName ?? throw new InvalidOperationException($"No BfcNetwork.sln above {testOutput}."),
            "src", project, "bin", configuration, framework, project + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build {project} ({configuration}) first.", dll);
    }
}
