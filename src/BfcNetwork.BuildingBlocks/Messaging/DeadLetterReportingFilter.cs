using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace BfcNetwork.BuildingBlocks.Messaging;

/// <summary>
/// First filter of every endpoint's error pipe, which MassTransit enters only once a message's
/// retries are spent: counts it (<see cref="DeadLetterMetrics"/>) and logs one structured error
/// naming the queue, the message and the command that replays it, then lets the default filters
/// publish the fault and move the message to <c>&lt;queue&gt;_error</c>.
/// </summary>
internal sealed partial class DeadLetterReportingFilter(ILogger logger) : IFilter<ExceptionReceiveContext>
{
    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        var queue = context.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? context.InputAddress.ToString();
        var messageType = MessageTypeOf(context);
        var messageId = context.GetMessageId()?.ToString() ?? "(none)";

        DeadLetterMetrics.RecordDeadLettered(queue, messageType);
        LogDeadLettered(context.Exception, messageId, messageType, queue, $"{queue}_error");

        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("deadLetterReporting");

    /// <summary>
    /// The contract name (<c>SolidarityProjectApproved</c>) from the envelope's first message type
    /// URN. Read from the body: the error pipe runs outside any consume context.
    /// </summary>
    private static string MessageTypeOf(ReceiveContext context)
    {
        try
        {
            using var envelope = JsonDocument.Parse(context.Body.GetBytes());
            if (envelope.RootElement.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array
                && types.EnumerateArray().FirstOrDefault(t => t.ValueKind == JsonValueKind.String).GetString() is { } urn)
            {
                return urn[(urn.LastIndexOf(':') + 1)..];
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Not a MassTransit JSON envelope: the message is still counted, under "unknown".
        }

        return "unknown";
    }

    [LoggerMessage(EventId = 4601, Level = LogLevel.Error,
        Message = "Message {MessageId} ({MessageType}) failed on {Queue} after its retries and was moved to {ErrorQueue}; fix the cause, then replay it with ./run.sh replay-errors")]
    private partial void LogDeadLettered(Exception exception, string messageId, string messageType, string queue, string errorQueue);
}
