using System.Globalization;
using System.Text;

namespace BfcNetwork.Investment.Domain;

/// <summary>
/// The comparable form of a company name for duplicate detection: case and accents ignored,
/// punctuation ignored, trailing legal-form suffixes dropped ("Vicky Foods S.L." = "vicky foods").
/// </summary>
public static class CompanyNames
{
    // Written without dots: "S.A." and "S.p.A." lose theirs before the comparison.
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "sa", "sas", "sasu", "sarl", "eurl", "sca", "se", "snc",
        "gmbh", "ag", "kg", "co", "ug", "mbh",
        "sl", "slu", "sau",
        "ltd", "limited", "plc", "inc", "corp", "llc", "lp",
        "bv", "nv", "spa", "srl", "ab", "as", "oy", "aps", "sro",
    };

    public static string Normalise(string name)
    {
        var decomposed = name.Replace(".", "", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(character);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(character) ? char.ToLowerInvariant(character) : ' ');
        }

        var words = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // Drop legal forms from the end ("GmbH & Co KG"), but never the whole name.
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }
}
