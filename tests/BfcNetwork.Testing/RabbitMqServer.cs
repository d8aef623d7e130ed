using System.Diagnostics;
using System.Globalization;

using RabbitMQ.Client;

namespace BfcNetwork.Testing;

/// <summary>
/// A throwaway RabbitMQ node in its own temporary folder, listening for AMQP on 127.0.0.1 only. It can be stopped
/// cleanly and started again with the same node, data and ports, so durable queues and persistent messages survive.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private const int MaxPortAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly RabbitMqBinaries _binaries;
    private readonly ScratchDirectory _folder;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private Process? _process;
    private OutputTail _output = new();
    private bool _disposed;

    private RabbitMqServer(RabbitMqBinaries binaries, ScratchDirectory folder)
    {
        _binaries = binaries;
        _folder = folder;
    }

    /// <summary>The AMQP port on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>The Erlang distribution port (what rabbitmqctl talks to).</summary>
    public int DistributionPort { get; private set; }

    public string NodeName => $"bfctest{Port.ToString(CultureInfo.InvariantCulture)}@localhost";

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/";

    public Uri Uri => new(ConnectionString);

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Holds the node's log, <c>&lt;node&gt;.log</c>, worth reading when a test fails in an unexpected way.</summary>
    public string LogDirectory => _folder.Combine("log");

    private string LogFile => Path.Combine(LogDirectory, NodeName + ".log");

    private string PidFile => _folder.Combine("rabbitmq.pid");

    public static async Task<RabbitMqServer> StartAsync(CancellationToken ct = default)
    {
        RabbitMqBinaries binaries = RabbitMqBinaries.Locate();
        ScratchDirectory folder = ScratchDirectory.Create("rabbitmq");
        RabbitMqServer server = new(binaries, folder);
        EmergencyCleanup.Register(server, server.KillAndDeleteNow);
        try
        {
            server.WriteFixedFiles();
            await server.StartOnFreePortsAsync(ct).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the node cleanly (SIGTERM, as on a normal shutdown) and waits until its port is closed.</summary>
    public async Task StopAsync()
    {
        await _lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_process is null)
            {
                return;
            }

            if (!_process.HasExited)
            {
                UnixProcesses.Signal(_process.Id, UnixProcesses.SigTerm);
                using CancellationTokenSource limit = new(StopTimeout);
                try
                {
                    await _process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    ProcessRunner.TryKill(_process);
                }
            }

            await WaitForNodeGoneAsync().ConfigureAwait(false);
            _process.Dispose();
            _process = null;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Starts the stopped node again (same node name, data and ports) and waits until it accepts AMQP connections.</summary>
    public async Task StartAgainAsync(CancellationToken ct = default)
    {
        await _lifecycle.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (IsRunning)
            {
                return;
            }

            await LaunchAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// A queue's messages as the broker counts them: ready for delivery, and delivered to a
    /// consumer that has not acknowledged them yet (what AMQP alone does not tell).
    /// </summary>
    public async Task<(long Ready, long Unacknowledged)> QueueDepthAsync(string queue)
    {
        ProcessResult result = await RunCtlAsync("list_queues", "name", "messages_ready", "messages_unacknowledged").ConfigureAwait(false);
        foreach (string line in result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] columns = line.Split('\t');
            if (columns.Length == 3 && columns[0] == queue)
            {
                return (long.Parse(columns[1], CultureInfo.InvariantCulture), long.Parse(columns[2], CultureInfo.InvariantCulture));
            }
        }

        throw new InvalidOperationException($"Queue {queue} is not declared on {NodeName}: {result.Output}");
    }

    /// <summary>
    /// A new virtual host that guest may use, and the connection string to it: whatever is
    /// declared there (exchanges, queues, bindings) is invisible from every other virtual host, so
    /// tests sharing this node cannot receive each other's messages.
    /// </summary>
    public async Task<string> AddVirtualHostAsync(string name)
    {
        await RunCtlAsync("add_vhost", name).ConfigureAwait(false);
        await RunCtlAsync("set_permissions", "-p", name, "guest", ".*", ".*", ".*").ConfigureAwait(false);
        return $"{ConnectionString}{Uri.EscapeDataString(name)}";
    }

    private async Task<ProcessResult> RunCtlAsync(params string[] arguments)
    {
        ProcessResult result = await ProcessRunner.RunAsync(
            _binaries.Ctl, ["-n", NodeName, "-q", .. arguments],
            _folder.FullPath, TimeSpan.FromSeconds(30), CancellationToken.None, NodeEnvironment()).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw Failure($"rabbitmqctl {arguments[0]} failed with exit code {result.ExitCode}: {result.Output}");
        }

        return result;
    }

    /// <summary>Kills the node and deletes its folder. Never throws.</summary>
    public async ValueTask DisposeAsync()
    {
        await _lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            KillNow();
            if (IsOurBeam(UnixProcesses.ReadPidFile(PidFile)))
            {
                await TryRunCtlAsync(["-n", NodeName, "stop"]).ConfigureAwait(false);
                KillNow();
            }

            await UnixProcesses.WaitForExitAsync(UnixProcesses.ReadPidFile(PidFile), TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            _process?.Dispose();
            _process = null;
            _folder.TryDelete();
            EmergencyCleanup.Unregister(this);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    private void WriteFixedFiles()
    {
        Directory.CreateDirectory(LogDirectory);
        File.WriteAllText(_folder.Combine("enabled_plugins"), "[].\n");

        // Replaces /etc/rabbitmq/rabbitmq-env.conf, which is meant for the system node.
        File.WriteAllText(_folder.Combine("rabbitmq-env.conf"), string.Empty);

        // Written up front so the node and rabbitmqctl share it; Erlang insists on owner-only permissions.
        string cookie = _folder.Combine(".erlang.cookie");
        File.WriteAllText(cookie, Guid.NewGuid().ToString("N").ToUpperInvariant());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }
    }

    private void WriteConfig()
    {
        File.WriteAllText(
            _folder.Combine("rabbitmq.conf"),
            $"""
            listeners.tcp.1 = 127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}
            loopback_users = none

            """);
    }

    private async Task StartOnFreePortsAsync(CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            Port = FreePorts.Next();
            DistributionPort = FreePorts.Next();
            WriteConfig();
            try
            {
                await LaunchAsync(ct).ConfigureAwait(false);
                return;
            }
            // Another process may have taken a port between the check and the bind.
            catch (InvalidOperationException e) when (attempt < MaxPortAttempts && e.Message.Contains("eaddrinuse", StringComparison.Ordinal))
            {
            }
        }
    }

    private async Task LaunchAsync(CancellationToken ct)
    {
        _output = new OutputTail();
        _process = ProcessRunner.Start(
            ProcessRunner.CreateStartInfo(_binaries.Server, [], _folder.FullPath, NodeEnvironment()),
            _output);
        try
        {
            await WaitUntilReadyAsync(_process, ct).ConfigureAwait(false);
        }
        catch
        {
            ProcessRunner.TryKill(_process);
            _process.Dispose();
            _process = null;
            throw;
        }
    }

    private async Task WaitUntilReadyAsync(Process process, CancellationToken ct)
    {
        ConnectionFactory factory = new()
        {
            Uri = Uri,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(2),
            AutomaticRecoveryEnabled = false,
            ClientProvidedName = "bfcnetwork-testing-readiness",
        };
        Stopwatch elapsed = Stopwatch.StartNew();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw Failure($"rabbitmq-server exited with code {process.ExitCode} while starting.");
            }

            if (elapsed.Elapsed > StartTimeout)
            {
                throw Failure($"rabbitmq-server did not accept AMQP connections within {StartTimeout.TotalSeconds} s.");
            }

            // The listener opens at the very end of the boot, so an accepted AMQP handshake means ready.
            if (await FreePorts.IsAcceptingAsync(Port, ct).ConfigureAwait(false))
            {
                try
                {
                    IConnection connection = await factory.CreateConnectionAsync(ct).ConfigureAwait(false);
                    await using (connection.ConfigureAwait(false))
                    {
                        await connection.CloseAsync(ct).ConfigureAwait(false);
                    }

                    return;
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                }
            }

            await Task.Delay(200, ct).ConfigureAwait(false);
        }
    }

    private async Task WaitForNodeGoneAsync()
    {
        int beam = UnixProcesses.ReadPidFile(PidFile);
        if (IsOurBeam(beam) && !await UnixProcesses.WaitForExitAsync(beam, StopTimeout).ConfigureAwait(false))
        {
            UnixProcesses.KillTree(beam);
        }

        Stopwatch elapsed = Stopwatch.StartNew();
        while (await FreePorts.IsAcceptingAsync(Port).ConfigureAwait(false) && elapsed.Elapsed < StopTimeout)
        {
            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    private Dictionary<string, string?> NodeEnvironment()
    {
        Dictionary<string, string?> environment = [];

        // Inherited RABBITMQ_* settings (a developer's RABBITMQ_NODE_PORT, say) must not leak into the node.
        foreach (string name in Environment.GetEnvironmentVariables().Keys.OfType<string>())
        {
            if (name.StartsWith("RABBITMQ_", StringComparison.Ordinal))
            {
                environment[name] = null;
            }
        }

        environment["HOME"] = _folder.FullPath;
        environment["RABBITMQ_NODENAME"] = NodeName;
        environment["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture);
        environment["RABBITMQ_MNESIA_BASE"] = _folder.Combine("mnesia");
        environment["RABBITMQ_LOG_BASE"] = LogDirectory;
        environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = _folder.Combine("enabled_plugins");
        environment["RABBITMQ_CONFIG_FILE"] = _folder.Combine("rabbitmq.conf");
        environment["RABBITMQ_ADVANCED_CONFIG_FILE"] = _folder.Combine("advanced.config");
        environment["RABBITMQ_CONF_ENV_FILE"] = _folder.Combine("rabbitmq-env.conf");
        environment["RABBITMQ_PID_FILE"] = PidFile;
        return environment;
    }

    private async Task TryRunCtlAsync(IEnumerable<string> arguments)
    {
        try
        {
            await ProcessRunner.RunAsync(_binaries.Ctl, arguments, _folder.FullPath, TimeSpan.FromSeconds(20), CancellationToken.None, NodeEnvironment())
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
        }
    }

    private bool IsOurBeam(int pid)
    {
        return UnixProcesses.IsAlive(pid) && UnixProcesses.CommandLineContains(pid, _folder.FullPath);
    }

    private InvalidOperationException Failure(string message)
    {
        return new InvalidOperationException(
            $"{message}{Environment.NewLine}--- output ---{Environment.NewLine}{_output}{Environment.NewLine}--- {LogFile} ---{Environment.NewLine}{ReadLogTail()}");
    }

    private string ReadLogTail()
    {
        try
        {
            return string.Join(Environment.NewLine, File.ReadAllLines(LogFile).TakeLast(40));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "(no log)";
        }
    }

    /// <summary>What the process-exit cleanup runs for a server that was never disposed.</summary>
    private void KillAndDeleteNow()
    {
        KillNow();
        _folder.TryDelete();
    }

    /// <summary>Synchronous last resort (also used at process exit): kills the launcher and the Erlang VM with everything under them.</summary>
    private void KillNow()
    {
        if (_process is not null)
        {
            ProcessRunner.TryKill(_process);
        }

        int beam = UnixProcesses.ReadPidFile(PidFile);
        if (IsOurBeam(beam))
        {
            UnixProcesses.KillTree(beam);
        }
    }
}
