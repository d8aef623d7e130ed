using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BfcNetwork.BuildingBlocks.Inbox;

/// <summary>
/// Base for consumers whose effect must happen once: the inbox row and the effect commit in one
/// transaction. A redelivered message (same message id) finds its row and changes nothing; a
/// failed attempt rolls both back, so MassTransit's retry starts clean.
/// </summary>
public abstract partial class IdempotentConsumer<TMessage, TContext>(TContext db, TimeProvider clock, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    protected TContext Db => db;

    protected TimeProvider Clock => clock;

    protected ILogger Logger => logger;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id; it cannot be deduplicated.");
        var consumer = GetType().Name;
        var cancellationToken = context.CancellationToken;

        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A concurrent delivery of the same message blocks on the primary key until the first
        // commits, then inserts nothing: only one of them applies the effect.
        var firstDelivery = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, {clock.GetUtcNow()}) ON CONFLICT DO NOTHING",
            cancellationToken) == 1;
        if (!firstDelivery)
        {
            LogDuplicate(messageId, consumer);
            return;
        }

        await HandleAsync(context, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Applies the message to <see cref="Db"/>; the base class saves and commits.</summary>
    protected abstract Task HandleAsync(ConsumeContext<TMessage> context, CancellationToken cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} was already processed by {Consumer}; skipped")]
    private partial void LogDuplicate(Guid messageId, string consumer);
}
