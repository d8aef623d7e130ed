namespace BfcNetwork.BuildingBlocks.Idempotency;

public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a key answers retries; after that the same key makes a new resource.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a request waits for another one still working under the same key before it gets a
    /// 409 (retry later). The wait is a lock on the key's row, held until the first one commits.
    /// </summary>
    public TimeSpan InFlightWait { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
