using MassTransit;
using MassTransit.Middleware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BfcNetwork.BuildingBlocks.Messaging;

public static class DeadLetterReportingExtensions
{
    /// <summary>
    /// The endpoint's error pipe, as MassTransit builds it by default (publish the fault, move the
    /// message to <c>_error</c>), with <see cref="DeadLetterReportingFilter"/> in front.
    /// </summary>
    public static void ReportDeadLetters(this IReceiveEndpointConfigurator endpoint, IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("BfcNetwork.Messaging.DeadLetters");
        endpoint.ConfigureError(error =>
        {
            error.UseFilter(new DeadLetterReportingFilter(logger));
            error.UseFilter(new GenerateFaultFilter());
            error.UseFilter(new ErrorTransportFilter());
        });
    }
}
