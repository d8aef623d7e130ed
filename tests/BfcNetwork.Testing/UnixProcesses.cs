using System.Diagnostics;
using System.Runtime.InteropServices;

namespace BfcNetwork.Testing;

/// <summary>The few POSIX process operations .NET does not offer: signals other than SIGKILL, and /proc look-ups.</summary>
internal static class UnixProcesses
{
    public const int SigTerm = 15;
    public const int SigQuit = 3;

    public static bool IsRoot => GetEffectiveUserId() == 0;

    public static bool IsAlive(int pid)
    {
        return pid > 0 && Directory.Exists($"/proc/{pid}") && !IsZombie(pid);
    }

    public static bool Signal(int pid, int signal)
    {
        return pid > 0 && SendSignal(pid, signal) == 0;
    }

    /// <summary>Guards against a recycled PID: only processes whose command line mentions our folder are ours.</summary>
    public static bool CommandLineContains(int pid, string text)
    {
        try
        {
            string commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            return commandLine.Contains(text, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Reads the first line of a PID file (postmaster.pid, RabbitMQ's pid file); 0 when absent or garbled.</summary>
    public static int ReadPidFile(string path)
    {
        try
        {
            string? firstLine = File.ReadLines(path).FirstOrDefault();
            return int.TryParse(firstLine?.Trim(), out int pid) ? pid : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    public static void KillTree(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
        }
    }

    public static async Task<bool> WaitForExitAsync(int pid, TimeSpan timeout)
    {
        Stopwatch elapsed = Stopwatch.StartNew();
        while (IsAlive(pid))
        {
            if (elapsed.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        return true;
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            int afterName = stat.LastIndexOf(')');
            return afterName > 0 && stat.Length > afterName + 2 && stat[afterName + 2] == 'Z';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
