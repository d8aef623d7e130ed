using System.Diagnostics;
using System.Globalization;

namespace BfcNetwork.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster in its own temporary folder, listening on 127.0.0.1 only, tuned for speed over
/// durability (no fsync). It can be stopped and started again to simulate a database outage.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const int MaxPortAttempts = 5;
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(90);

    private readonly string _binDirectory;
    private readonly ScratchDirectory _folder;
    private readonly bool _runAsPostgresUser;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private bool _disposed;

    private PostgresServer(string binDirectory, ScratchDirectory folder, bool runAsPostgresUser)
    {
        _binDirectory = binDirectory;
        _folder = folder;
        _runAsPostgresUser = runAsPostgresUser;
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>Superuser connection string to the <c>postgres</c> database (authentication is <c>trust</c>).</summary>
    public string AdminConnectionString =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Password=postgres;Database=postgres;Include Error Detail=true";

    public bool IsRunning { get; private set; }

    public string DataDirectory => _folder.Combine("data");

    /// <summary>The server log, worth reading when a test fails in an unexpected way.</summary>
    public string LogFile => _folder.Combine("postgres.log");

    private string SocketDirectory => _folder.Combine("socket");

    public static async Task<PostgresServer> StartAsync(CancellationToken ct = default)
    {
        string binDirectory = PostgresBinaries.LocateBinDirectory();
        bool runAsPostgresUser = UnixProcesses.IsRoot;
        ScratchDirectory folder = ScratchDirectory.Create("pg");
        PostgresServer server = new(binDirectory, folder, runAsPostgresUser);
        EmergencyCleanup.Register(server, server.KillAndDeleteNow);
        try
        {
            Directory.CreateDirectory(server.SocketDirectory);
            if (runAsPostgresUser)
            {
                // initdb and postgres refuse to run as root.
                ProcessResult chown = await ProcessRunner.RunAsync(
                    ExecutableLocator.FindSystemTool("chown"), ["-R", "postgres:postgres", folder.FullPath], folder.FullPath, ToolTimeout, ct)
                    .ConfigureAwait(false);
                server.RequireSuccess("chown", chown);
            }

            await server.InitDbAsync(ct).ConfigureAwait(false);
            await server.StartOnFreePortAsync(ct).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates a database with a unique name built from <paramref name="prefix"/> and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken ct = default)
    {
        string database = PostgresDatabases.NewName(prefix);
        await PostgresDatabases.CreateAsync(AdminConnectionString, database, ct).ConfigureAwait(false);
        return PostgresDatabases.ConnectionStringFor(AdminConnectionString, database);
    }

    /// <summary>A connection string to a unique database name that does not exist yet (for code that creates it, e.g. EF Core migrations).</summary>
    public string NewDatabaseConnectionString(string prefix)
    {
        return PostgresDatabases.ConnectionStringFor(AdminConnectionString, PostgresDatabases.NewName(prefix));
    }

    /// <summary>Stops the server (fast shutdown: open sessions are terminated) and waits until it is down.</summary>
    public async Task StopAsync()
    {
        await _lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!IsRunning)
            {
                return;
            }

            ProcessResult result = await RunToolAsync("pg_ctl", ["stop", "-w", "-t", "60", "-D", DataDirectory, "-m", "fast"], CancellationToken.None)
                .ConfigureAwait(false);
            RequireSuccess("pg_ctl stop", result);
            IsRunning = false;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Starts the stopped server again on the same port with the same data, and waits until it accepts connections.</summary>
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

            ProcessResult result = await PgCtlStartAsync(ct).ConfigureAwait(false);
            RequireSuccess("pg_ctl start", result);
            IsRunning = true;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Stops the server at once and deletes its folder. Never throws.</summary>
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
            if (IsRunning || File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                try
                {
                    await RunToolAsync("pg_ctl", ["stop", "-w", "-t", "30", "-D", DataDirectory, "-m", "immediate"], CancellationToken.None)
                        .ConfigureAwait(false);
                }
                catch (Exception e) when (e is TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                }

                KillNow();
            }

            IsRunning = false;
            _folder.TryDelete();
            EmergencyCleanup.Unregister(this);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    private async Task InitDbAsync(CancellationToken ct)
    {
        ProcessResult result = await InitDbWithLocaleAsync("C.UTF-8", ct).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            // Minimal images may lack the C.UTF-8 locale; plain C works everywhere.
            DeleteDataDirectory();
            result = await InitDbWithLocaleAsync("C", ct).ConfigureAwait(false);
        }

        RequireSuccess("initdb", result);
    }

    private Task<ProcessResult> InitDbWithLocaleAsync(string locale, CancellationToken ct)
    {
        return RunToolAsync(
            "initdb",
            ["-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", $"--locale={locale}", "--no-sync", "--no-instructions"],
            ct);
    }

    private async Task StartOnFreePortAsync(CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            Port = FreePorts.Next();
            ProcessResult result = await PgCtlStartAsync(ct).ConfigureAwait(false);
            if (result.Succeeded)
            {
                IsRunning = true;
                return;
            }

            // Another process may have taken the port between the check and the bind.
            if (attempt < MaxPortAttempts && ReadLogTail().Contains("Address already in use", StringComparison.Ordinal))
            {
                continue;
            }

            RequireSuccess("pg_ctl start", result);
        }
    }

    private Task<ProcessResult> PgCtlStartAsync(CancellationToken ct)
    {
        string options = string.Join(
            ' ',
            $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
            "-c listen_addresses=127.0.0.1",
            $"-k '{SocketDirectory}'",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=300");
        return RunToolAsync("pg_ctl", ["start", "-w", "-t", "60", "-D", DataDirectory, "-l", LogFile, "-o", options], ct);
    }

    private Task<ProcessResult> RunToolAsync(string tool, IEnumerable<string> arguments, CancellationToken ct)
    {
        string toolPath = Path.Combine(_binDirectory, tool);
        return _runAsPostgresUser
            ? ProcessRunner.RunAsync(
                ExecutableLocator.FindSystemTool("runuser"), ["-u", "postgres", "--", toolPath, .. arguments], _folder.FullPath, ToolTimeout, ct)
            : ProcessRunner.RunAsync(toolPath, arguments, _folder.FullPath, ToolTimeout, ct);
    }

    private void RequireSuccess(string what, ProcessResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"{what} failed with exit code {result.ExitCode}.{Environment.NewLine}{result.Output}{Environment.NewLine}--- {LogFile} ---{Environment.NewLine}{ReadLogTail()}");
        }
    }

    private string ReadLogTail()
    {
        try
        {
            string[] lines = File.ReadAllLines(LogFile);
            return string.Join(Environment.NewLine, lines.TakeLast(40));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "(no log)";
        }
    }

    private void DeleteDataDirectory()
    {
        try
        {
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>What the process-exit cleanup runs for a server that was never disposed.</summary>
    private void KillAndDeleteNow()
    {
        KillNow();
        _folder.TryDelete();
    }

    /// <summary>Synchronous last resort (also used at process exit): SIGQUIT asks for an immediate shutdown, then the tree is killed.</summary>
    private void KillNow()
    {
        int postmaster = UnixProcesses.ReadPidFile(Path.Combine(DataDirectory, "postmaster.pid"));
        if (!UnixProcesses.IsAlive(postmaster) || !UnixProcesses.CommandLineContains(postmaster, _folder.FullPath))
        {
            return;
        }

        UnixProcesses.Signal(postmaster, UnixProcesses.SigQuit);
        Stopwatch waited = Stopwatch.StartNew();
        while (UnixProcesses.IsAlive(postmaster) && waited.Elapsed < TimeSpan.FromSeconds(2))
        {
            Thread.Sleep(20);
        }

        if (UnixProcesses.IsAlive(postmaster))
        {
            UnixProcesses.KillTree(postmaster);
        }
    }
}
