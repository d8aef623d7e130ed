using BfcNetwork.Testing;

namespace BfcNetwork.Mobility.Tests.Support;

/// <summary>One Mobility service and database per test class; tests create their own exchanges and organisations in it.</summary>
public sealed class MobilityApiFixture(TestServers servers) : IAsyncLifetime
{
    public MobilityApi Api { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Api = await MobilityApi.StartAsync(servers, "mobility");

    public async ValueTask DisposeAsync() => await Api.DisposeAsync();
}
