namespace BfcNetwork.Testing;

/// <summary>
/// Removes what test hosts that died without any cleanup (SIGKILL, a crash) left behind: their servers are
/// killed and their folders deleted. Only folders whose owning process is gone are touched.
/// </summary>
internal static class StaleServerSweeper
{
    /// <summary>PID files a server folder may hold, relative to the folder.</summary>
    internal static readonly string[] ServerPidFiles = [Path.Combine("data", "postmaster.pid"), "rabbitmq.pid"];

    private static int s_swept;

    public static void SweepOnce()
    {
        if (Interlocked.Exchange(ref s_swept, 1) == 1)
        {
            return;
        }

        try
        {
            foreach (string folder in Directory.EnumerateDirectories(ScratchDirectory.Root))
            {
                SweepFolder(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static void SweepFolder(string folder)
    {
        int owner = UnixProcesses.ReadPidFile(Path.Combine(folder, ScratchDirectory.OwnerFileName));
        if (owner <= 0 || owner == Environment.ProcessId || UnixProcesses.IsAlive(owner))
        {
            return;
        }

        foreach (string pidFile in ServerPidFiles)
        {
            int server = UnixProcesses.ReadPidFile(Path.Combine(folder, pidFile));
            if (UnixProcesses.IsAlive(server) && UnixProcesses.CommandLineContains(server, folder))
            {
                UnixProcesses.KillTree(server);
            }
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
