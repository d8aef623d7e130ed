using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BfcNetwork.Solidarity.Domain;

/// <summary>
/// An association registered by the Region. Its id is a readable slug (<c>amadea-franche-comte</c>)
/// and is also the <c>org</c> claim of its coordinators.
/// </summary>
public sealed partial class Association
{
    public const int MaxIdLength = 64;

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string City { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    private Association()
    {
    }

    public Association(string id, string name, string city, string registeredBy, DateTimeOffset registeredAt)
    {
        Id = id;
        Name = name;
        City = city;
        RegisteredBy = registeredBy;
        RegisteredAt = registeredAt;
    }

    public static bool IsValidId(string id) => id.Length <= MaxIdLength && SlugPattern().IsMatch(id);

    /// <summary>"Amadéa Franche-Comté" → "amadea-franche-comte".</summary>
    public static string SlugFrom(string name)
    {
        var withoutAccents = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                withoutAccents.Append(c);
            }
        }

        var slug = NonSlugCharacters().Replace(withoutAccents.ToString().ToLowerInvariant(), "-").Trim('-');
        return slug.Length > MaxIdLength ? slug[..MaxIdLength].TrimEnd('-') : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlugCharacters();
}
