using BfcNetwork.Network.Tests.Support;

namespace BfcNetwork.Network.Tests.Concurrency;

/// <summary>
/// The concurrency suites share one network and take turns: fifty requests in flight make a service
/// open up to fifty pooled connections, and two networks racing at once would need more than the
/// test PostgreSQL server's 300 (the excess is answered 503, which is not what these tests measure).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConcurrencyCollection : ICollectionFixture<SharedNetwork>
{
    public const string Name = "Concurrency";
}
