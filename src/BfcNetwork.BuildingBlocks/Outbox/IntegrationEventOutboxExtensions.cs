using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.BuildingBlocks.Outbox;

public static class IntegrationEventOutboxExtensions
{
    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Queues an integration event in this context's outbox. It is written by the same
    /// <c>SaveChanges</c> (and so the same transaction) as the state change, and published after commit.
    /// </summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext context, TEvent integrationEvent, string aggregateId, DateTimeOffset occurredAt)
        where TEvent : class
    {
        // The runtime type, not TEvent: a caller holding the event as object must still publish its real contract.
        var type = integrationEvent.GetType();
        var activity = Activity.Current;
        context.Set<OutboxMessage>().Add(new OutboxMessage(
            Guid.NewGuid(),
            $"{type.FullName}, {type.Assembly.GetName().Name}",
            JsonSerializer.Serialize(integrationEvent, type, SerializerOptions),
            aggregateId,
            occurredAt,
            activity?.Id,
            activity?.TraceStateString));
    }
}
