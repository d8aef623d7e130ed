using BfcNetwork.BuildingBlocks.Auth;
using Microsoft.Extensions.Configuration;

// Mints a development JWT that services and gateway accept when they run with the same
// Authentication:SigningKey (local run script, tests). Usage:
//   --role coordinator [--role ...] [--org amadea-franche-comte] [--sub alice] [--minutes 480]
var roles = new List<string>();
string? organisation = null;
string? subject = null;
var minutes = 480;

for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--role" when value is not null:
            roles.Add(value);
            i++;
            break;
        case "--org" when value is not null:
            organisation = value;
            i++;
            break;
        case "--sub" when value is not null:
            subject = value;
            i++;
            break;
        case "--minutes" when int.TryParse(value, out var parsed) && parsed > 0:
            minutes = parsed;
            i++;
            break;
        default:
            return Fail($"Unknown or incomplete argument '{args[i]}'.");
    }
}

var unknownRoles = roles.Except(Roles.All).ToList();
if (roles.Count == 0 || unknownRoles.Count > 0)
{
    return Fail($"Give at least one --role among: {string.Join(", ", Roles.All)}.");
}

var settings = new ConfigurationBuilder().AddEnvironmentVariables().Build()
    .GetSection(BfcAuthenticationOptions.SectionName).Get<BfcAuthenticationOptions>() ?? new BfcAuthenticationOptions();
if (string.IsNullOrWhiteSpace(settings.SigningKey))
{
    return Fail("Set Authentication__SigningKey (and Authentication__Issuer, Authentication__Audience) as the services have them.");
}

Console.WriteLine(DevelopmentTokens.Create(
    settings, subject ?? $"{roles[0]}@{organisation ?? "region"}", roles, organisation, TimeSpan.FromMinutes(minutes)));
return 0;

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    Console.Error.WriteLine("usage: --role ROLE [--role ROLE] [--org ORGANISATION] [--sub SUBJECT] [--minutes N]");
    return 2;
}
