using System.Collections.Concurrent;
using BfcNetwork.Testing;
using MassTransit;

namespace BfcNetwork.BuildingBlocks.Tests.Support;

/// <summary>
/// Counts, per message id, the deliveries of <typeparamref name="T"/> that consumers finished
/// without error, duplicates the inbox skipped included: the way to know a redelivery has been
/// handled, since it leaves no trace in the database.
/// </summary>
public sealed class ConsumedMessages<T> : IConsumeMessageObserver<T>
    where T : class
{
    private readonly ConcurrentDictionary<Guid, int> _completed = new();

    public int Count(Guid messageId) => _completed.GetValueOrDefault(messageId);

    public Task PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<T> context)
    {
        if (context.MessageId is { } messageId)
        {
            _completed.AddOrUpdate(messageId, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;

    /// <summary>Waits until <paramref name="deliveries"/> deliveries of <paramref name="messageId"/> were consumed.</summary>
    public Task WaitForAsync(Guid messageId, int deliveries, TimeSpan within) =>
        Eventually.Until(() => Task.FromResult(Count(messageId)), n => n >= deliveries, within, $"{deliveries} deliveries of {messageId} consumed");
}
