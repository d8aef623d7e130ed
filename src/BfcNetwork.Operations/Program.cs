using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Messaging;
using Microsoft.Extensions.Configuration;

// Operator commands that act on the running system, with the services' own configuration keys
// (ConnectionStrings__messaging). Usage:
//   replay-errors QUEUE    move the messages of QUEUE_error back to QUEUE, once their cause is fixed
if (args is not ["replay-errors", var queue] || string.IsNullOrWhiteSpace(queue))
{
    return Fail("Give a command and its queue.");
}

var connectionString = new ConfigurationBuilder().AddEnvironmentVariables().Build().GetConnectionString(ResourceNames.Messaging);
if (string.IsNullOrWhiteSpace(connectionString))
{
    return Fail($"Set ConnectionStrings__{ResourceNames.Messaging} (amqp://user:password@host:port/vhost) as the services have it.");
}

try
{
    using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
    var moved = await ErrorQueueReplay.ReplayAsync(AmqpConnectionString.Parse(connectionString), queue, limit.Token);
    var target = ErrorQueueReplay.ConsumerQueueOf(queue);
    Console.WriteLine($"Replayed {moved} message(s) from {target}{ErrorQueueReplay.ErrorQueueSuffix} to {target}.");
    return 0;
}
catch (Exception exception) when (exception is RabbitMQ.Client.Exceptions.OperationInterruptedException or RabbitMQ.Client.Exceptions.BrokerUnreachableException or OperationCanceledException)
{
    Console.Error.WriteLine($"Nothing replayed past the point of failure: {exception.Message}");
    return 1;
}

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    Console.Error.WriteLine("usage: replay-errors QUEUE   (QUEUE or QUEUE_error; see ./run.sh replay-errors)");
    return 2;
}
