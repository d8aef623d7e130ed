using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;

namespace BfcNetwork.Gateway.Extensions;

public static class GatewayExtensions
{
    /// <summary>
    /// The gateway: YARP routes from the <c>ReverseProxy</c> section with destinations from service
    /// discovery keys, JWT validation on non-public routes, per-client rate limiting and a body size limit.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddProblemDetailsResponses();
        builder.AddJwtAuthentication();
        builder.AddPerClientRateLimiting();
        builder.AddRequestBodyLimit(GatewayLimitsOptions.From(builder.Configuration).MaxRequestBodyBytes);

        builder.AddServiceDestinations();
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        return builder;
    }
}
