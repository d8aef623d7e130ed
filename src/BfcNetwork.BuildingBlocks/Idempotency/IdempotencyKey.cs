namespace BfcNetwork.BuildingBlocks.Idempotency;

/// <summary>
/// A create a client sent under an <c>Idempotency-Key</c>, and the answer it got. It is written in
/// the same transaction as the resource, so one never exists without the other; a retry with the
/// same key and the same request gets this answer again instead of a second resource.
/// </summary>
public sealed class IdempotencyKey
{
    public const int MaxKeyLength = 255;

    /// <summary>The caller's subject: keys of different users never meet.</summary>
    public string Subject { get; private set; } = "";

    /// <summary>The endpoint, as <c>METHOD route-pattern</c>: the same key on two operations is two keys.</summary>
    public string Operation { get; private set; } = "";

    public string Key { get; private set; } = "";

    /// <summary>SHA-256 of the method, path, query and body as the endpoint bound it.</summary>
    public string Fingerprint { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int? StatusCode { get; private set; }

    public string? Location { get; private set; }

    public string? ETag { get; private set; }

    public string? ContentType { get; private set; }

    public byte[]? Body { get; private set; }

    private IdempotencyKey()
    {
    }
}
