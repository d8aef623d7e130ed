namespace BfcNetwork.BuildingBlocks.Idempotency;

/// <summary>Marks an endpoint that honours <c>Idempotency-Key</c>, so a test can check every create does.</summary>
public sealed class IdempotentCreateMetadata;
