namespace BfcNetwork.BuildingBlocks.Auth;

/// <summary>
/// JWT validation settings (configuration section <c>Authentication</c>). Production sets
/// <see cref="Authority"/> (an OIDC provider such as Keycloak); local runs and tests set
/// <see cref="SigningKey"/>, a symmetric development key that is refused in Production.
/// </summary>
public sealed class BfcAuthenticationOptions
{
    public const string SectionName = "Authentication";

    /// <summary>Configuration keys, shared with the run script, the AppHost and the tests.</summary>
    public const string IssuerKey = SectionName + ":Issuer";
    public const string AudienceKey = SectionName + ":Audience";
    public const string SigningKeyKey = SectionName + ":SigningKey";
    public const string AuthorityKey = SectionName + ":Authority";

    public string? Authority { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    public string Issuer { get; set; } = "bfcnetwork";

    public string Audience { get; set; } = "bfcnetwork";

    public string? SigningKey { get; set; }
}
