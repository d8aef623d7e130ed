using BfcNetwork.Testing;

namespace BfcNetwork.Solidarity.Tests.Support;

/// <summary>One Solidarity service and database per test class; tests create their own associations in it.</summary>
public sealed class SolidarityApiFixture(TestServers servers) : IAsyncLifetime
{
    public SolidarityApi Api { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Api = await SolidarityApi.StartAsync(servers, "solidarity");

    public async ValueTask DisposeAsync() => await Api.DisposeAsync();
}
