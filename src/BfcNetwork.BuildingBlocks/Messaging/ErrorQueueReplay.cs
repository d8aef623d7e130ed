using RabbitMQ.Client;

namespace BfcNetwork.BuildingBlocks.Messaging;

/// <summary>
/// Moves the messages MassTransit parked in <c>&lt;queue&gt;_error</c> back to <c>&lt;queue&gt;</c>,
/// once their cause is fixed. Each message is republished unchanged (body, message id, headers but
/// the fault details) with a publisher confirm, and only then removed from the error queue, so a
/// crash mid-replay duplicates at worst, which the consumers' inbox absorbs, and never loses.
/// </summary>
public static class ErrorQueueReplay
{
    public const string ErrorQueueSuffix = "_error";

    /// <summary>Replays what <c>&lt;queue&gt;_error</c> holds when called; returns how many messages were moved.</summary>
    /// <param name="queue">The consumer queue, with or without the <c>_error</c> suffix.</param>
    public static async Task<int> ReplayAsync(AmqpConnectionString broker, string queue, CancellationToken cancellationToken = default)
    {
        var target = ConsumerQueueOf(queue);
        var source = target + ErrorQueueSuffix;

        var factory = broker.ToConnectionFactory("replay-errors");
        factory.RequestedConnectionTimeout = TimeSpan.FromSeconds(10);
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);

        // Both must exist: a typo must not create a queue nobody reads.
        var waiting = (await channel.QueueDeclarePassiveAsync(source, cancellationToken)).MessageCount;
        await channel.QueueDeclarePassiveAsync(target, cancellationToken);

        // Only what was there at the start: a message that fails again lands back in the error
        // queue and must not be replayed in a loop.
        var moved = 0;
        for (var i = 0; i < waiting; i++)
        {
            var delivery = await channel.BasicGetAsync(source, autoAck: false, cancellationToken);
            if (delivery is null)
            {
                break;
            }

            var properties = new BasicProperties(delivery.BasicProperties)
            {
                Headers = WithoutFaultDetails(delivery.BasicProperties.Headers),
            };
            await channel.BasicPublishAsync(exchange: "", routingKey: target, mandatory: true, basicProperties: properties, body: delivery.Body, cancellationToken);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }

        return moved;
    }

    /// <summary>The consumer queue a name designates, whether given as <c>queue</c> or <c>queue_error</c>.</summary>
    public static string ConsumerQueueOf(string queue)
    {
        var trimmed = queue.Trim();
        return trimmed.EndsWith(ErrorQueueSuffix, StringComparison.Ordinal) ? trimmed[..^ErrorQueueSuffix.Length] : trimmed;
    }

    private static Dictionary<string, object?>? WithoutFaultDetails(IDictionary<string, object?>? headers) =>
        headers?.Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason")
            .ToDictionary(h => h.Key, h => h.Value);
}
