using System.Globalization;
using System.Threading.RateLimiting;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace BfcNetwork.Gateway.Extensions;

public static class RateLimitingExtensions
{
    /// <summary>The policy name the routes in <c>ReverseProxy:Routes</c> refer to.</summary>
    public const string PerClientPolicy = "per-client";

    /// <summary>
    /// A fixed window per client: the token's subject when authenticated, else the remote address.
    /// Rejections are 429 problem details with <c>Retry-After</c>.
    /// </summary>
    public static IHostApplicationBuilder AddPerClientRateLimiting(this IHostApplicationBuilder builder)
    {
        var limits = GatewayLimitsOptions.From(builder.Configuration);

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PerClientPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.RateLimitPermits,
                    Window = limits.RateLimitWindow,
                    QueueLimit = 0,
                }));
            options.OnRejected = async (rejection, cancellationToken) =>
            {
                var retryAfter = rejection.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limits.RateLimitWindow;
                var http = rejection.HttpContext;
                var seconds = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                http.Response.Headers.RetryAfter = seconds;
                await http.WriteProblemAsync(StatusCodes.Status429TooManyRequests, "Too many requests", $"Slow down: retry after {seconds} seconds.");
            };
        });
        return builder;
    }

    private static string ClientKey(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
            ? "user:" + context.User.UserId()
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
