using BfcNetwork.BuildingBlocks.Auth;

namespace BfcNetwork.Testing.Hosting;

/// <summary>Development-key tokens for the users tests act as; every test host is configured with the same key.</summary>
public static class TestTokens
{
    public static readonly BfcAuthenticationOptions Settings = new()
    {
        Issuer = "bfcnetwork-tests",
        Audience = "bfcnetwork",
        SigningKey = "bfcnetwork-test-signing-key-used-only-by-the-test-suite",
    };

    public static IReadOnlyDictionary<string, string?> Configuration { get; } = new Dictionary<string, string?>
    {
        [BfcAuthenticationOptions.IssuerKey] = Settings.Issuer,
        [BfcAuthenticationOptions.AudienceKey] = Settings.Audience,
        [BfcAuthenticationOptions.SigningKeyKey] = Settings.SigningKey,
    };

    public static string Coordinator(string associationId, string? subject = null) =>
        For(Roles.Coordinator, associationId, subject ?? $"coordinator@{associationId}");

    public static string RegionalOfficer(string subject = "officer@region") => For(Roles.RegionalOfficer, null, subject);

    public static string For(string role, string? organisation, string? subject = null) =>
        DevelopmentTokens.Create(Settings, subject ?? $"{role}@{organisation ?? "region"}", [role], organisation);

    /// <summary>Signed with another key: must be refused everywhere.</summary>
    public static string Forged(string role) => DevelopmentTokens.Create(
        new BfcAuthenticationOptions { Issuer = Settings.Issuer, Audience = Settings.Audience, SigningKey = "an-attacker-key-that-is-long-enough-to-sign-hs256" },
        "mallory", [role]);
}
