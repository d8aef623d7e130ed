using BfcNetwork.Testing;

namespace BfcNetwork.Investment.Tests.Support;

/// <summary>One Investment service and database per test class; tests create their own leads in it.</summary>
public sealed class InvestmentApiFixture(TestServers servers) : IAsyncLifetime
{
    public InvestmentApi Api { get; private set; } = null!;

    /// <summary>For tests that need a service and database of their own (totals over the whole database).</summary>
    public TestServers Servers { get; } = servers;

    public async ValueTask InitializeAsync() => Api = await InvestmentApi.StartAsync(Servers, "investment");

    public async ValueTask DisposeAsync() => await Api.DisposeAsync();
}
