using System.Text.Json.Nodes;

namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>
/// What makes one operation's request valid, so a generated input that is refused is refused for
/// what was broken in it: a user allowed to call it (null: anonymous), path values of real
/// resources in a state where the body would be taken, and a valid body.
/// </summary>
public sealed record OperationSeed(string? Token)
{
    public IReadOnlyDictionary<string, string> Path { get; init; } = new Dictionary<string, string>();

    public JsonObject? Body { get; init; }

    /// <summary>
    /// Fields (dotted paths without indexes: <c>budget.coFunders</c>) that may be left out or
    /// null: dropping them is valid input, so it is not generated as malformed.
    /// </summary>
    public IReadOnlySet<string> Optional { get; init; } = new HashSet<string>();

    /// <summary>Plain strings of the body that hold a fixed word (<c>outcome</c>), which the document types as any string.</summary>
    public IReadOnlySet<string> Words { get; init; } = new HashSet<string>();

    /// <summary>
    /// The operation changes state without a body: valid path values are never sent to it, only
    /// broken ones (an unknown or malformed id).
    /// </summary>
    public bool PathOnly { get; init; }
}
