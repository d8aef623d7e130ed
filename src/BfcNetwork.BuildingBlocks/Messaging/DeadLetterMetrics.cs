using System.Diagnostics.Metrics;

namespace BfcNetwork.BuildingBlocks.Messaging;

/// <summary>
/// What an operator watches to learn that a message was given up on: one counter, tagged by the
/// queue it failed on and its message type, on a meter the service defaults export.
/// </summary>
public static class DeadLetterMetrics
{
    public const string MeterName = "BfcNetwork.Messaging";

    public const string DeadLetteredCounterName = "bfcnetwork.messaging.dead_lettered";

    public const string QueueTag = "messaging.destination.name";

    public const string MessageTypeTag = "messaging.message.type";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>(
        DeadLetteredCounterName, unit: "{message}", description: "Messages moved to an _error queue after their retries failed.");

    internal static void RecordDeadLettered(string queue, string messageType) =>
        DeadLettered.Add(1, new KeyValuePair<string, object?>(QueueTag, queue), new KeyValuePair<string, object?>(MessageTypeTag, messageType));
}
