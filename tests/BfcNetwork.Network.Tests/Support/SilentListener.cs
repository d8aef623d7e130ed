using System.Net;
using System.Net.Sockets;

namespace BfcNetwork.Network.Tests.Support;

/// <summary>
/// A loopback port that accepts connections and never answers: a service hung in a deadlock or a
/// stalled garbage collection, as a proxy in front of it sees it.
/// </summary>
public sealed class SilentListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public SilentListener()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Connections accepted so far (the proxy did reach it).</summary>
    public int Accepted
    {
        get
        {
            lock (_held)
            {
                return _held.Count;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        lock (_held)
        {
            _held.ForEach(c => c.Dispose());
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            // Held open, never read from nor written to.
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            lock (_held)
            {
                _held.Add(client);
            }
        }
    }
}
