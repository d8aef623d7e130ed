using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace BfcNetwork.Gateway.Extensions;

public static class RequestBodyLimitExtensions
{
    /// <summary>Kestrel enforces the limit on every body, including chunked ones it has to count.</summary>
    public static IHostApplicationBuilder AddRequestBodyLimit(this IHostApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(GatewayLimitsOptions.SectionName).Get<GatewayLimitsOptions>() ?? new GatewayLimitsOptions();
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        builder.Services.Configure<GatewayLimitsOptions>(builder.Configuration.GetSection(GatewayLimitsOptions.SectionName));
        return builder;
    }

    /// <summary>
    /// Refuses a declared oversized body before anything is forwarded, with a 413 problem rather
    /// than a broken upstream request.
    /// </summary>
    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        var maxBytes = app.Configuration.GetSection(GatewayLimitsOptions.SectionName).Get<GatewayLimitsOptions>()?.MaxRequestBodyBytes
            ?? new GatewayLimitsOptions().MaxRequestBodyBytes;
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > maxBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Request body too large",
                        Detail = $"Request bodies are limited to {maxBytes} bytes.",
                    },
                });
                return;
            }

            await next(context);
        });
        return app;
    }
}
