namespace BfcNetwork.BuildingBlocks.Idempotency;

/// <summary>The header names of the IETF httpapi Idempotency-Key draft, as clients send and read them.</summary>
public static class IdempotencyHeaders
{
    public const string Key = "Idempotency-Key";

    /// <summary>On a replayed answer only.</summary>
    public const string Replayed = "Idempotent-Replayed";
}
