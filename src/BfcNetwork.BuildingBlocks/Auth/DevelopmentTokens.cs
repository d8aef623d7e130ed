using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BfcNetwork.BuildingBlocks.Auth;

/// <summary>
/// Mints HS256 tokens with the symmetric development key, for the local run script and tests:
/// the same claims an OIDC provider would issue in production.
/// </summary>
public static class DevelopmentTokens
{
    /// <summary>HS256 needs a key of at least 256 bits.</summary>
    public const int MinimumKeyLength = 32;

    public static SymmetricSecurityKey CreateKey(string signingKey)
    {
        var bytes = Encoding.UTF8.GetBytes(signingKey);
        if (bytes.Length < MinimumKeyLength)
        {
            throw new InvalidOperationException($"The development signing key must be at least {MinimumKeyLength} bytes long.");
        }

        return new SymmetricSecurityKey(bytes);
    }

    public static string Create(
        BfcAuthenticationOptions settings,
        string subject,
        IEnumerable<string> roles,
        string? organisation = null,
        TimeSpan? lifetime = null)
    {
        var signingKey = settings.SigningKey
            ?? throw new InvalidOperationException("Development tokens need Authentication:SigningKey.");

        var claims = new List<Claim> { new(BfcClaimTypes.Subject, subject), new(BfcClaimTypes.Name, subject) };
        claims.AddRange(roles.Select(role => new Claim(BfcClaimTypes.Role, role)));
        if (!string.IsNullOrWhiteSpace(organisation))
        {
            claims.Add(new Claim(BfcClaimTypes.Organisation, organisation));
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddSeconds(-5),
            IssuedAt = now,
            Expires = now.Add(lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(CreateKey(signingKey), SecurityAlgorithms.HmacSha256),
        });
    }
}
