using BfcNetwork.Testing;

namespace BfcNetwork.Network.Tests.Support;

/// <summary>
/// One <see cref="TestNetwork"/> for a test class or collection whose tests each arrange their own data
/// (unique organisations, projects and leads), so they share the network but not their state.
/// </summary>
public sealed class SharedNetwork(TestServers servers) : IAsyncLifetime
{
    public TestNetwork Network { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Network = await TestNetwork.StartAsync(servers);

    public async ValueTask DisposeAsync() => await Network.DisposeAsync();
}
