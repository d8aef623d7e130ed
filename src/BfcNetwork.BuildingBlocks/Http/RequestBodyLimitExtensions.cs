using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BfcNetwork.BuildingBlocks.Http;

/// <summary>
/// The largest request body a host takes, the gateway's and each service's alike: the services
/// hold it too, so a caller that reaches one directly cannot send what the gateway would refuse.
/// </summary>
public static class RequestBodyLimitExtensions
{
    /// <summary>Project applications and leads are a few kilobytes; 1 MiB leaves room and stops abuse.</summary>
    public const long DefaultMaxBytes = 1024 * 1024;

    /// <summary>Kestrel enforces the limit on every body, including chunked ones it has to count.</summary>
    public static IHostApplicationBuilder AddRequestBodyLimit(this IHostApplicationBuilder builder, long maxBytes = DefaultMaxBytes)
    {
        builder.Services.AddSingleton(new RequestBodyLimit(maxBytes));
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = maxBytes);
        return builder;
    }

    /// <summary>
    /// Refuses a declared oversized body before anything reads (or forwards) it, with a 413 problem;
    /// Kestrel's own limit still catches a body that lied about its length or was chunked.
    /// </summary>
    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        var maxBytes = app.Services.GetRequiredService<RequestBodyLimit>().MaxBytes;
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > maxBytes)
            {
                await context.WriteProblemAsync(StatusCodes.Status413PayloadTooLarge, "Request body too large",
                    $"Request bodies are limited to {maxBytes} bytes.");
                return;
            }

            await next(context);
        });
        return app;
    }

    private sealed record RequestBodyLimit(long MaxBytes);
}
