namespace BfcNetwork.BuildingBlocks.Outbox;

/// <summary>
/// An integration event waiting to be published, stored in the same transaction as the state
/// change that caused it. The identity column gives the publication order.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; private set; }

    /// <summary>Becomes the MassTransit message id, so consumers' inboxes recognise a republication.</summary>
    public Guid MessageId { get; private set; }

    /// <summary>CLR type of the event, <c>Namespace.Type, Assembly</c>.</summary>
    public string MessageType { get; private set; } = "";

    public string Payload { get; private set; } = "";

    /// <summary>Events of the same aggregate are published in order; others may overtake a failing one.</summary>
    public string AggregateId { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>W3C trace context of the request that wrote the event, so the trace continues through RabbitMQ.</summary>
    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>
    /// Set when the row can never be published as it stands (its event type no longer loads, its
    /// payload no longer reads). It holds back later events of its aggregate until an operator
    /// repairs it and clears this column; other aggregates go on.
    /// </summary>
    public DateTimeOffset? ParkedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    private OutboxMessage()
    {
    }

    internal OutboxMessage(Guid messageId, string messageType, string payload, string aggregateId,
        DateTimeOffset occurredAt, string? traceParent, string? traceState)
    {
        MessageId = messageId;
        MessageType = messageType;
        Payload = payload;
        AggregateId = aggregateId;
        OccurredAt = occurredAt;
        TraceParent = traceParent;
        TraceState = traceState;
    }

    internal void MarkPublished(DateTimeOffset at)
    {
        PublishedAt = at;
        Attempts++;
        LastError = null;
    }

    internal void MarkFailed(string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
    }

    internal void MarkParked(DateTimeOffset at, string error)
    {
        MarkFailed(error);
        ParkedAt = at;
    }
}
