using System.Net;
using System.Net.Sockets;

namespace BfcNetwork.Testing;

/// <summary>
/// Picks TCP ports for throwaway servers. The range stays below Linux's ephemeral range (32768+), so outgoing
/// connections never hold them, and away from 35672-35682, which every rabbitmqctl uses for its own distribution.
/// </summary>
public static class FreePorts
{
    private const int First = 20000;
    private const int LastExclusive = 30000;

    private static readonly HashSet<int> s_handedOut = [];
    private static readonly Lock s_gate = new();

    public static int Next()
    {
        for (int attempt = 0; attempt < 500; attempt++)
        {
            int port = Random.Shared.Next(First, LastExclusive);
            lock (s_gate)
            {
                // Another server of this process may have been handed the port but not bound it yet.
                if (s_handedOut.Contains(port) || !IsFree(port))
                {
                    continue;
                }

                s_handedOut.Add(port);
                return port;
            }
        }

        throw new InvalidOperationException($"No free TCP port found between {First} and {LastExclusive - 1}.");
    }

    public static bool IsFree(int port)
    {
        // Binding the wildcard address fails when anything listens on the port on any IPv4 address.
        TcpListener listener = new(IPAddress.Any, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }

    public static async Task<bool> IsAcceptingAsync(int port, CancellationToken ct = default)
    {
        using TcpClient client = new();
        using CancellationTokenSource limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when ((e is SocketException or OperationCanceledException) && !ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
