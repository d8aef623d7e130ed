using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Network.Tests.Authorization;

/// <summary>One network shared by the authorization suites; each test creates its own organisations in it.</summary>
public sealed class AuthorizationNetwork(TestServers servers) : IAsyncLifetime
{
    private TestNetwork? _network;

    public TestNetwork Network => _network ?? throw new InvalidOperationException("The network is not started.");

    public NetworkUsers Users { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _network = await TestNetwork.StartAsync(servers);
        Users = new NetworkUsers(_network);
    }

    public async ValueTask DisposeAsync()
    {
        if (_network is not null)
        {
            await _network.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AuthorizationCollection : ICollectionFixture<AuthorizationNetwork>
{
    public const string Name = "Authorization";
}
