namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>What a field's name says about it where its schema is only "string".</summary>
public static class FieldNames
{
    /// <summary>Query filters that take a fixed word (an enum written as in JSON).</summary>
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase) { "status", "stage", "sector", "programme", "kind", "priority" };

    public static bool IsCountry(string name) => name.Contains("country", StringComparison.OrdinalIgnoreCase);

    public static bool IsWord(string name) => Words.Contains(name);
}
