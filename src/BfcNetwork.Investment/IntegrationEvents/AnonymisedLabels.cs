using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Investment.Domain;

namespace BfcNetwork.Investment.IntegrationEvents;

/// <summary>"Spanish agrifood company": how a confidential investor is named outside the agency.</summary>
public static class AnonymisedLabels
{
    private static readonly Dictionary<string, string> Adjectives = new(StringComparer.Ordinal)
    {
        ["AT"] = "Austrian",
        ["BE"] = "Belgian",
        ["CA"] = "Canadian",
        ["CH"] = "Swiss",
        ["CN"] = "Chinese",
        ["DE"] = "German",
        ["DK"] = "Danish",
        ["ES"] = "Spanish",
        ["FI"] = "Finnish",
        ["FR"] = "French",
        ["GB"] = "British",
        ["IE"] = "Irish",
        ["IN"] = "Indian",
        ["IT"] = "Italian",
        ["JP"] = "Japanese",
        ["KR"] = "South Korean",
        ["LU"] = "Luxembourg",
        ["NL"] = "Dutch",
        ["NO"] = "Norwegian",
        ["PL"] = "Polish",
        ["PT"] = "Portuguese",
        ["SE"] = "Swedish",
        ["TR"] = "Turkish",
        ["US"] = "American",
    };

    public static string For(string originCountry, LeadSector sector)
    {
        var activity = JsonConventions.EnumName(sector).Replace('-', ' ');
        return Adjectives.TryGetValue(originCountry, out var adjective)
            ? $"{adjective} {activity} company"
            : $"{char.ToUpperInvariant(activity[0])}{activity[1..]} company from {originCountry}";
    }
}
