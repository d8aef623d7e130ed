namespace BfcNetwork.Gateway.Extensions;

/// <summary>Abuse limits at the edge (configuration section <c>Gateway</c>).</summary>
public sealed class GatewayLimitsOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Requests a client (user, or address when anonymous) may make per window.</summary>
    public int RateLimitPermits { get; set; } = 200;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest request body forwarded; project applications are a few kilobytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public static GatewayLimitsOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<GatewayLimitsOptions>() ?? new GatewayLimitsOptions();
}
