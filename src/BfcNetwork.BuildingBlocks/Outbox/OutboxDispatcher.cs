using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BfcNetwork.BuildingBlocks.Outbox;

/// <summary>
/// Publishes outbox rows to RabbitMQ: right after a commit signals it, on a slow sweep otherwise,
/// and with growing back-off while the broker is down. Rows are marked published only once the
/// broker confirmed them, so a crash in between republishes (same message id: consumers' inboxes
/// absorb it). One dispatcher per database works at a time, which keeps the per-aggregate order
/// across replicas.
/// </summary>
internal sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopeFactory,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    internal static readonly ActivitySource ActivitySource = new("BfcNetwork.Outbox");

    // Any constant works as long as every replica of a service uses the same one; the lock is
    // per database, and each service owns its database.
    private const long DispatcherLockKey = 0x0B_FC_0B_07;

    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retryDelay = TimeSpan.Zero;
        var nextPurge = clock.GetUtcNow();

        while (!stoppingToken.IsCancellationRequested)
        {
            var outcome = BatchOutcome.Idle;
            try
            {
                outcome = await DispatchBatchAsync(stoppingToken);
                if (clock.GetUtcNow() >= nextPurge)
                {
                    await PurgePublishedAsync(stoppingToken);
                    nextPurge = clock.GetUtcNow() + _options.PurgeInterval;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database itself is unreachable: the rows are safe where they are; try later.
                LogDispatchFailed(exception);
                outcome = BatchOutcome.Failed;
            }

            switch (outcome)
            {
                case BatchOutcome.MoreWaiting:
                    retryDelay = TimeSpan.Zero;
                    continue;
                case BatchOutcome.Failed:
                    retryDelay = NextRetryDelay(retryDelay);
                    // Commits during an outage must not turn into a tight retry loop: wait the back-off out.
                    await Task.Delay(retryDelay, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    break;
                default:
                    retryDelay = TimeSpan.Zero;
                    await signal.WaitAsync(_options.PollingInterval, stoppingToken);
                    break;
            }
        }
    }

    private TimeSpan NextRetryDelay(TimeSpan previous)
    {
        var next = previous == TimeSpan.Zero ? TimeSpan.FromMilliseconds(500) : previous * 2;
        return next > _options.MaxRetryDelay ? _options.MaxRetryDelay : next;
    }

    private async Task<BatchOutcome> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var lockTaken = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({DispatcherLockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!lockTaken)
        {
            return BatchOutcome.Idle;
        }

        // Oldest first, leaving out aggregates held back by a parked row.
        var outbox = db.Set<OutboxMessage>();
        var batch = await outbox
            .Where(m => m.PublishedAt == null && m.ParkedAt == null
                && !outbox.Any(p => p.AggregateId == m.AggregateId && p.ParkedAt != null && p.PublishedAt == null && p.Id < m.Id))
            .OrderBy(m => m.Id)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return BatchOutcome.Idle;
        }

        var heldBack = new HashSet<string>(StringComparer.Ordinal);
        var published = 0;
        var brokerFailures = 0;
        foreach (var message in batch)
        {
            if (heldBack.Contains(message.AggregateId))
            {
                continue;
            }

            if (!TryRead(message, out var payload, out var messageType, out var unreadable))
            {
                message.MarkParked(clock.GetUtcNow(), unreadable.Message);
                heldBack.Add(message.AggregateId);
                LogParked(unreadable, message.MessageId, message.MessageType, message.AggregateId);
                continue;
            }

            try
            {
                await PublishAsync(message, payload, messageType, cancellationToken);
                message.MarkPublished(clock.GetUtcNow());
                published++;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsPermanent(exception))
            {
                // Retrying cannot help, and an outage never looks like this: park it as an unreadable row.
                message.MarkParked(clock.GetUtcNow(), exception.ToString());
                heldBack.Add(message.AggregateId);
                LogParked(exception, message.MessageId, message.MessageType, message.AggregateId);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                message.MarkFailed(exception.Message);
                brokerFailures++;
                heldBack.Add(message.AggregateId);
                LogPublishFailed(exception, message.MessageId, message.MessageType, message.Attempts);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Back off only when the broker took nothing: a batch that published something goes on at once.
        if (published == 0 && brokerFailures > 0)
        {
            return BatchOutcome.Failed;
        }

        return batch.Count == _options.BatchSize ? BatchOutcome.MoreWaiting : BatchOutcome.Idle;
    }

    /// <summary>Failures here are permanent (a retired type, a payload that no longer reads): retrying cannot help.</summary>
    private static bool TryRead(OutboxMessage message, out object payload, out Type messageType, out Exception error)
    {
        payload = null!;
        messageType = null!;
        error = null!;
        try
        {
            messageType = Type.GetType(message.MessageType, throwOnError: true)!;
            payload = JsonSerializer.Deserialize(message.Payload, messageType, IntegrationEventOutboxExtensions.SerializerOptions)
                ?? throw new JsonException("The payload is null.");
            return true;
        }
        catch (Exception exception) when (exception is TypeLoadException or FileNotFoundException or FileLoadException
            or JsonException or NotSupportedException or ArgumentException)
        {
            error = exception;
            return false;
        }
    }

    /// <summary>
    /// A publish that failed because of the message itself: the bus could not serialize it (a
    /// contract bug). Unreachable brokers, closed channels and timeouts are transient and keep the
    /// row queued, however long the outage.
    /// </summary>
    private static bool IsPermanent(Exception exception) =>
        exception.AnyInChain(e => e is System.Runtime.Serialization.SerializationException);

    private async Task PublishAsync(OutboxMessage message, object payload, Type messageType, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parentContext);
        using var activity = ActivitySource.StartActivity($"outbox publish {messageType.Name}", ActivityKind.Producer, parentContext);
        activity?.SetTag("messaging.message.id", message.MessageId);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(payload, messageType, context => context.MessageId = message.MessageId, timeout.Token);
    }

    private async Task PurgePublishedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = clock.GetUtcNow() - _options.Retention;
        var purged = await db.Set<OutboxMessage>()
            .Where(m => m.PublishedAt != null && m.PublishedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        if (purged > 0)
        {
            LogPurged(purged);
        }
    }

    private enum BatchOutcome
    {
        Idle,
        MoreWaiting,
        Failed,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed; retrying with back-off")]
    private partial void LogDispatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({MessageType}) failed on attempt {Attempts}; it stays queued")]
    private partial void LogPublishFailed(Exception exception, Guid messageId, string messageType, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({MessageType}) cannot be published and is parked; later events of aggregate {AggregateId} wait until it is repaired")]
    private partial void LogParked(Exception exception, Guid messageId, string messageType, string aggregateId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} published outbox messages past retention")]
    private partial void LogPurged(int count);
}
