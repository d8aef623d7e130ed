using System.Collections.Concurrent;
using System.Diagnostics;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;

namespace BfcNetwork.Network.Tests.Support;

/// <summary>
/// A service run as its own operating-system process from its build output
/// (<c>src/BfcNetwork.&lt;Service&gt;/bin/&lt;configuration&gt;/&lt;tfm&gt;</c>, with its appsettings),
/// configured through environment variables as an orchestrator would, so a test can kill it
/// outright (SIGKILL): no graceful shutdown, no finally blocks, no acknowledgements sent.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan HealthPatience = TimeSpan.FromSeconds(90);

    private readonly ConcurrentQueue<string> _output = new();
    private readonly Process _process;

    private ServiceProcess(Process process, int port)
    {
        _process = process;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    /// <summary>The last lines the process wrote, for failure messages.</summary>
    public string OutputTail => string.Join(Environment.NewLine, _output.TakeLast(40));

    /// <summary>Starts <c>BfcNetwork.&lt;service&gt;</c> with the given settings (configuration keys) and waits until <c>/health</c> answers 200.</summary>
    public static async Task<ServiceProcess> StartAsync(string service, IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePorts.Next();
        var dll = BuiltAssembly(service);
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in TestTokens.Configuration.Concat(settings))
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = info };
        var started = new ServiceProcess(process, port);
        process.OutputDataReceived += (_, e) => started.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => started.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await started.WaitHealthyAsync();
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }

        return started;
    }

    /// <summary>SIGKILL, then waits until the process is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(limit.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException)
        {
            // Never started, or would not die: nothing more a test can do.
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + HealthPatience;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with code {_process.ExitCode}:{Environment.NewLine}{OutputTail}");
            }

            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
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

            await Task.Delay(200);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }

    /// <summary>The service's own build output, built in the configuration and for the framework this test assembly was.</summary>
    private static string BuiltAssembly(string service)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "BfcNetwork.sln")))
        {
            root = root.Parent;
        }

        var project = $"BfcNetwork.{service}";
        var dll = Path.Combine(root?.FullName ?? throw new InvalidOperationException($"No BfcNetwork.sln above {testOutput}."),
            "src", project, "bin", configuration, framework, project + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build {project} ({configuration}) first.", dll);
    }
}
