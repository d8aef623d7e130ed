using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace BfcNetwork.Gateway.Extensions;

public static class InlineSchedulingExtensions
{
    /// <summary>The setting (<c>Gateway:InlineScheduling</c>, on unless set to false).</summary>
    public const string SettingKey = "Gateway:InlineScheduling";

    /// <summary>
    /// Lets Kestrel run the gateway's pipeline on the socket's I/O thread instead of queueing it to
    /// the thread pool. Profiling the gateway under read load showed nearly a fifth of its CPU in thread
    /// switches; inlining raised its read throughput by about 6 % on 2 cores (docs/benchmarks.md). It is
    /// only safe because nothing in the gateway's pipeline blocks: token validation is CPU only,
    /// the rate limiter never queues, YARP and the OIDC metadata fetch are asynchronous. A
    /// middleware that blocks would stall every connection of its I/O thread: turn this off first.
    /// </summary>
    public static IHostApplicationBuilder AddInlineRequestScheduling(this IHostApplicationBuilder builder)
    {
        var inline = builder.Configuration.GetValue(SettingKey, defaultValue: true);
        builder.Services.Configure<SocketTransportOptions>(sockets => sockets.UnsafePreferInlineScheduling = inline);
        return builder;
    }
}
