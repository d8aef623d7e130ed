using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace BfcNetwork.Testing.Messaging;

/// <summary>
/// A durable queue bound to the exchanges MassTransit publishes the given event types to
/// (<c>Namespace:TypeName</c>, fanout), read the way any other subscriber would. Being durable,
/// it keeps what arrives while the test is not looking, including across a broker restart.
/// </summary>
public sealed class IntegrationEventQueue : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _amqpUri;
    private readonly List<ReceivedEvent> _received = [];
    private IConnection? _connection;
    private IChannel? _channel;

    private IntegrationEventQueue(string amqpUri, string queueName)
    {
        _amqpUri = amqpUri;
        QueueName = queueName;
    }

    public string QueueName { get; }

    public static async Task<IntegrationEventQueue> BindAsync(string amqpUri, params Type[] eventTypes)
    {
        var queue = new IntegrationEventQueue(amqpUri, $"test-{Guid.NewGuid():N}");
        var channel = await queue.ChannelAsync();
        await channel.QueueDeclareAsync(queue.QueueName, durable: true, exclusive: false, autoDelete: false);
        foreach (var type in eventTypes)
        {
            var exchange = ExchangeFor(type);
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(queue.QueueName, exchange, routingKey: "");
        }

        return queue;
    }

    public static string ExchangeFor(Type eventType) => $"{eventType.Namespace}:{eventType.Name}";

    /// <summary>Waits for an event of type <typeparamref name="T"/> that satisfies <paramref name="match"/>.</summary>
    public async Task<ReceivedEvent<T>> WaitForAsync<T>(Func<T, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (Find(match) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No matching {typeof(T).Name} arrived on {QueueName} within {timeout}; got {_received.Count} other messages.");
            }

            if (!await TryReceiveOneAsync())
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Every event of type <typeparamref name="T"/> that satisfies <paramref name="match"/> received so far, after draining the queue.</summary>
    public async Task<IReadOnlyList<ReceivedEvent<T>>> AllAsync<T>(Func<T, bool> match)
    {
        while (await TryReceiveOneAsync())
        {
        }

        return [.. _received.Select(r => r.As<T>()).OfType<ReceivedEvent<T>>().Where(r => match(r.Message))];
    }

    private ReceivedEvent<T>? Find<T>(Func<T, bool> match) =>
        _received.Select(r => r.As<T>()).OfType<ReceivedEvent<T>>().FirstOrDefault(r => match(r.Message));

    private async Task<bool> TryReceiveOneAsync()
    {
        try
        {
            var channel = await ChannelAsync();
            var delivery = await channel.BasicGetAsync(QueueName, autoAck: true);
            if (delivery is null)
            {
                return false;
            }

            _received.Add(ReceivedEvent.Parse(delivery.Body.ToArray()));
            return true;
        }
        catch (Exception exception) when (exception is RabbitMQ.Client.Exceptions.BrokerUnreachableException
            or RabbitMQ.Client.Exceptions.AlreadyClosedException or IOException or System.Net.Sockets.SocketException)
        {
            // The broker is restarting: reconnect on the next attempt.
            await CloseAsync();
            return false;
        }
    }

    private async Task<IChannel> ChannelAsync()
    {
        if (_channel is { IsOpen: true })
        {
            return _channel;
        }

        await CloseAsync();
        _connection = await new ConnectionFactory { Uri = new Uri(_amqpUri) }.CreateConnectionAsync();
        _channel = await _connection.CreateChannelAsync();
        return _channel;
    }

    private async Task CloseAsync()
    {
        try
        {
            if (_channel is not null)
            {
                await _channel.DisposeAsync();
            }

            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }
        }
        catch (Exception)
        {
            // Already broken; nothing to release.
        }

        _channel = null;
        _connection = null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            var channel = await ChannelAsync();
            await channel.QueueDeleteAsync(QueueName);
        }
        catch (Exception)
        {
            // The broker may be gone at the end of a fault test; the queue dies with it.
        }

        await CloseAsync();
    }

    /// <summary>A MassTransit envelope as it sits on the queue.</summary>
    public sealed record ReceivedEvent(Guid? MessageId, IReadOnlyList<string> MessageTypes, JsonElement Message)
    {
        public static ReceivedEvent Parse(byte[] body)
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(body));
            var root = document.RootElement;
            Guid? messageId = root.TryGetProperty("messageId", out var id) && id.TryGetGuid(out var guid) ? guid : null;
            var types = root.TryGetProperty("messageType", out var typeArray)
                ? typeArray.EnumerateArray().Select(t => t.GetString() ?? "").ToList()
                : [];
            return new ReceivedEvent(messageId, types, root.GetProperty("message").Clone());
        }

        public ReceivedEvent<T>? As<T>() =>
            MessageTypes.Contains($"urn:message:{typeof(T).Namespace}:{typeof(T).Name}")
                ? new ReceivedEvent<T>(MessageId, Message.Deserialize<T>(Json)!)
                : null;
    }
}

public sealed record ReceivedEvent<T>(Guid? MessageId, T Message);
