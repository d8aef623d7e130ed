namespace BfcNetwork.BuildingBlocks.Messaging;

/// <summary>Consumer queues and retry policy (configuration section <c>Messaging</c>).</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    public const string EndpointPrefixKey = SectionName + ":" + nameof(EndpointPrefix);

    /// <summary>
    /// Put before every consumer queue name (<c>mobility-solidarity-project-approved</c>), so two
    /// services consuming the same event each get their own queue instead of competing on one, and
    /// isolated copies of a service (test hosts on one broker) keep theirs apart.
    /// </summary>
    public string? EndpointPrefix { get; set; }

    /// <summary>Immediate in-process retries before a message is moved to its <c>_error</c> queue.</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(5);
}
