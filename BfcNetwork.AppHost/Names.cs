namespace BfcNetwork.AppHost;

/// <summary>
/// The resource and setting names, repeated once here because the AppHost cannot reference the
/// library that holds them without orchestrating it. The originals are
/// <c>src/BfcNetwork.BuildingBlocks/Hosting/ResourceNames.cs</c> and the <c>*Key</c> constants of
/// <c>src/BfcNetwork.BuildingBlocks/Auth/AuthenticationOptions.cs</c>; a test
/// (<c>tests/BfcNetwork.BuildingBlocks.Tests/Naming</c>) fails when the two drift apart.
/// </summary>
internal static class ResourceNames
{
    public const string Messaging = "messaging";

    public const string SolidarityDatabase = "solidaritydb";
    public const string CrossBorderDatabase = "crossborderdb";
    public const string InvestmentDatabase = "investmentdb";
    public const string MobilityDatabase = "mobilitydb";

    public const string Solidarity = "solidarity";
    public const string CrossBorder = "crossborder";
    public const string Investment = "investment";
    public const string Mobility = "mobility";
    public const string Gateway = "gateway";
}

/// <summary>The authentication settings every service and the gateway read (see the pointer above).</summary>
internal static class AuthenticationKeys
{
    public const string IssuerKey = "Authentication:Issuer";
    public const string AudienceKey = "Authentication:Audience";
    public const string SigningKeyKey = "Authentication:SigningKey";
    public const string AuthorityKey = "Authentication:Authority";

    /// <summary>A configuration key as an environment variable name (<c>Authentication__Issuer</c>).</summary>
    public static string AsEnvironmentVariable(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
