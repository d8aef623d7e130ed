namespace BfcNetwork.BuildingBlocks.Persistence;

/// <summary>Search text used inside a SQL <c>LIKE</c>/<c>ILIKE</c> pattern, with its wildcards taken literally.</summary>
public static class Like
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>A pattern matching values that contain <paramref name="text"/>.</summary>
    public static string Containing(string text) => $"%{Escape(text.Trim())}%";
}
