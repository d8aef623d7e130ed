using System.Runtime.InteropServices;

namespace BfcNetwork.Testing;

/// <summary>
/// Kills servers that were never disposed when the test host exits (a crashed fixture, an aborted run, SIGTERM),
/// so no postmaster or Erlang VM outlives it. A host killed with SIGKILL is handled by <see cref="StaleServerSweeper"/>.
/// </summary>
internal static class EmergencyCleanup
{
    private static readonly Dictionary<object, Action> s_kills = [];
    private static readonly Lock s_gate = new();
    private static bool s_hooked;

    // Kept referenced: a collected registration unregisters itself.
    private static PosixSignalRegistration[] s_signals = [];

    public static void Register(object server, Action killNow)
    {
        lock (s_gate)
        {
            if (!s_hooked)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

                // Since .NET 10 the runtime no longer raises ProcessExit on SIGTERM or SIGHUP. Not cancelling the
                // signal lets the process terminate as usual once the servers are gone.
                if (OperatingSystem.IsLinux())
                {
                    s_signals =
                    [
                        PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => KillAll()),
                        PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => KillAll()),
                    ];
                }

                s_hooked = true;
            }

            s_kills[server] = killNow;
        }
    }

    public static void Unregister(object server)
    {
        lock (s_gate)
        {
            s_kills.Remove(server);
        }
    }

    private static void KillAll()
    {
        Action[] kills;
        lock (s_gate)
        {
            kills = [.. s_kills.Values];
            s_kills.Clear();
        }

        foreach (Action kill in kills)
        {
            try
            {
                kill();
            }
            catch (Exception)
            {
                // Best effort while the process is going away: one failure must not spare the other servers.
            }
        }
    }
}
