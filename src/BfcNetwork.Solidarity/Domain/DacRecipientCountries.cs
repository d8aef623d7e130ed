using System.Collections.Frozen;

namespace BfcNetwork.Solidarity.Domain;

/// <summary>
/// The OECD DAC List of ODA Recipients (effective for 2024 and 2025 flows), as ISO 3166-1 alpha-2
/// codes. Only these countries can receive a solidarity grant. The OECD revises the list every
/// three years: replace it as a whole when it does.
/// </summary>
public static class DacRecipientCountries
{
    private static readonly FrozenSet<string> Codes = new[]
    {
        // Least developed countries
        "AF", "AO", "BD", "BJ", "BF", "BI", "KH", "CF", "TD", "KM", "CD", "DJ", "ER", "ET", "GM", "GN", "GW", "HT",
        "KI", "LA", "LS", "LR", "MG", "MW", "ML", "MR", "MZ", "MM", "NP", "NE", "RW", "ST", "SN", "SL", "SB", "SO",
        "SS", "SD", "TZ", "TL", "TG", "TV", "UG", "YE", "ZM",
        // Other low-income countries
        "KP", "SY",
        // Lower middle-income countries and territories
        "DZ", "BZ", "BT", "BO", "CV", "CM", "CG", "CI", "EG", "SV", "SZ", "GH", "HN", "IN", "ID", "IR", "JO", "KE",
        "KG", "LB", "FM", "MN", "MA", "NI", "NG", "PK", "PG", "PH", "WS", "LK", "TJ", "TN", "UA", "UZ", "VU", "VN",
        "PS", "ZW",
        // Upper middle-income countries and territories
        "AL", "AR", "AM", "AZ", "BY", "BA", "BW", "BR", "CN", "CO", "CR", "CU", "DM", "DO", "EC", "GQ", "FJ", "GA",
        "GE", "GD", "GT", "GY", "IQ", "JM", "KZ", "XK", "LY", "MY", "MV", "MH", "MU", "MX", "MD", "ME", "MS", "NA",
        "NR", "NU", "MK", "PW", "PA", "PY", "PE", "SH", "LC", "VC", "RS", "ZA", "SR", "TH", "TK", "TO", "TR", "TM",
        "VE", "WF",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string countryCode) => Codes.Contains(countryCode);
}
