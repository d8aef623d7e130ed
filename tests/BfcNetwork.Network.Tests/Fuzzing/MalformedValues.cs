using System.Globalization;
using System.Text;

namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>
/// Malformed values, as raw JSON text for bodies and as plain text for query strings. Where a
/// family has many members, the seeded random picks one, so rounds differ and stay reproducible.
/// </summary>
public sealed class MalformedValues(Random random)
{
    private static readonly string[] HugeNumbers =
        ["1e400", "-1e400", "79228162514264337593543950336", "9999999999999999999999999999", "1e28", "123456789012345678901234567.5"];

    private static readonly string[] InvalidDates =
        ["2026-02-30", "2026-13-01", "31/12/2026", "2026-1-1", "not-a-date", "", "2026-06-01T25:00:00", "+002026-01-01"];

    // Lower case is left out: some services normalise "fr" to "FR", which is fair.
    private static readonly string[] InvalidCountries = ["FRA", "F", "12", "", " FR", "F\u00c9", "F1", "XX", "UK", "EL"];

    private static readonly string[] GarbageAlphabet = ["x", "é", "€", "𝔘", "\u202e", "\u0301", " ", "\"", "\\", "<", "'", "%", "\u00a0"];

    /// <summary>A string far beyond any field's length limit, of mixed scripts and escapes.</summary>
    public string HugeText()
    {
        var length = random.Next(5_000, 120_000);
        var text = new StringBuilder(length + 8);
        while (text.Length < length)
        {
            text.Append(GarbageAlphabet[random.Next(GarbageAlphabet.Length)]);
        }

        return text.ToString();
    }

    public string HugeNumber() => HugeNumbers[random.Next(HugeNumbers.Length)];

    public string NegativeAmount() => random.Next(3) switch
    {
        0 => "-1",
        1 => "-0.01",
        _ => (-random.Next(1, 1_000_000)).ToString(CultureInfo.InvariantCulture),
    };

    public string HugeInteger() => random.Next(2) == 0 ? "99999999999" : "-2147483649";

    public string InvalidDate() => InvalidDates[random.Next(InvalidDates.Length)];

    public string InvalidCountry() => InvalidCountries[random.Next(InvalidCountries.Length)];

    public string UnknownWord() => $"no-such-{random.Next(1000, 9999)}";

    /// <summary>A JSON string that is well-formed JSON but holds a NUL or a lone surrogate, which no text column takes.</summary>
    public string ControlCharactersJson() => random.Next(3) switch
    {
        0 => "\"a\\u0000b\"",
        1 => "\"\\ud800x\"",
        _ => "\"\\u0000\"",
    };

    public static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
