namespace BfcNetwork.Network.Tests.Support;

/// <summary>
/// The fault-injection tests stop brokers, databases and processes and measure how long the
/// network takes to answer or recover: they run one at a time, after the parallel tests, so
/// neither skews the other's timings.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultsCollection
{
    public const string Name = "Faults";
}
