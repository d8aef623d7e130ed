using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace BfcNetwork.BuildingBlocks.Auth;

public static class JwtAuthenticationExtensions
{
    /// <summary>
    /// JWT bearer authentication from the <c>Authentication</c> section: issuer, audience, lifetime
    /// and signature are validated; roles come from the <c>role</c> claim, the organisation from <c>org</c>.
    /// </summary>
    public static IHostApplicationBuilder AddJwtAuthentication(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(BfcAuthenticationOptions.SectionName).Get<BfcAuthenticationOptions>()
            ?? new BfcAuthenticationOptions();

        // Checked now, not on the first request: a misconfigured service must not start at all.
        var developmentKey = string.IsNullOrWhiteSpace(settings.Authority) ? CreateDevelopmentKey(settings.SigningKey, builder.Environment) : null;

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    NameClaimType = BfcClaimTypes.Subject,
                    RoleClaimType = BfcClaimTypes.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };

                if (!string.IsNullOrWhiteSpace(settings.Authority))
                {
                    jwt.Authority = settings.Authority;
                    jwt.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                }
                else
                {
                    jwt.TokenValidationParameters.IssuerSigningKey = developmentKey;
                }
            });

        builder.Services.AddAuthorization();
        return builder;
    }

    private static SymmetricSecurityKey CreateDevelopmentKey(string? signingKey, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(signingKey))
        {
            throw new InvalidOperationException(
                "Authentication is not configured: set Authentication:Authority (OIDC) or, for local runs and tests, Authentication:SigningKey.");
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Authentication:SigningKey is a development key and is refused in Production; set Authentication:Authority.");
        }

        return DevelopmentTokens.CreateKey(signingKey);
    }
}
