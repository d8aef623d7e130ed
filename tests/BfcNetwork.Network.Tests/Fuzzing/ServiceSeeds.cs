namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>The seeds of one service's operations, by operation id; the resources they name were created first.</summary>
public sealed class ServiceSeeds(string service, IReadOnlyDictionary<string, OperationSeed> byOperation)
{
    public string Service { get; } = service;

    /// <summary>Every operation of the document must have a seed: an operation nobody seeded would go unfuzzed.</summary>
    public OperationSeed For(ApiOperation operation) => byOperation.TryGetValue(operation.OperationId, out var seed)
        ? seed
        : throw new InvalidOperationException($"No fuzz seed for {Service} {operation.OperationId} ({operation}): add one in {Service}'s seeds.");
}
