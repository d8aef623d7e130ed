using BfcNetwork.BuildingBlocks.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace BfcNetwork.Gateway.Extensions;

public static class RequestBodyLimitExtensions
{
    /// <summary>Kestrel enforces the limit on every body, including chunked ones it has to count.</summary>
    public static IHostApplicationBuilder AddRequestBodyLimit(this IHostApplicationBuilder builder)
    {
        var maxBytes = GatewayLimitsOptions.From(builder.Configuration).MaxRequestBodyBytes;
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = maxBytes);
        return builder;
    }

    /// <summary>
    /// Refuses a declared oversized body before anything is forwarded, with a 413 problem rather
    /// than a broken upstream request.
    /// </summary>
    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        var maxBytes = GatewayLimitsOptions.From(app.Configuration).MaxRequestBodyBytes;
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
}
