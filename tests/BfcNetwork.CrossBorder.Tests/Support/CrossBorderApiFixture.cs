using BfcNetwork.Testing;

namespace BfcNetwork.CrossBorder.Tests.Support;

/// <summary>One CrossBorder service and database per test class; tests create their own projects and organisations in it.</summary>
public sealed class CrossBorderApiFixture(TestServers servers) : IAsyncLifetime
{
    public CrossBorderApi Api { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Api = await CrossBorderApi.StartAsync(servers, "crossborder");

    public async ValueTask DisposeAsync() => await Api.DisposeAsync();
}
