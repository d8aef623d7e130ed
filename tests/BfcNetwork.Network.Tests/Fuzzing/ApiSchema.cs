using System.Text.Json.Nodes;

namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>
/// A schema of an OpenAPI document, with <c>$ref</c> and nullable <c>oneOf</c> resolved, reduced
/// to what input generators need: the kind of value and, for objects and arrays, their parts.
/// </summary>
public sealed class ApiSchema(JsonObject node, JsonObject components)
{
    public JsonObject Node { get; } = node;

    public IReadOnlyList<string> Types => Node["type"] switch
    {
        JsonArray types => [.. types.Select(t => t!.GetValue<string>()).Where(t => t != "null")],
        JsonValue type => [type.GetValue<string>()],
        _ => [],
    };

    public string? Format => Node["format"]?.GetValue<string>();

    public IReadOnlyList<string> EnumValues => Node["enum"] is JsonArray values ? [.. values.OfType<JsonValue>().Select(v => v.ToString())] : [];

    public ApiSchema? Property(string name) =>
        Node["properties"]?[name] is JsonObject property ? Resolve(property, components) : null;

    public ApiSchema? Items => Node["items"] is JsonObject items ? Resolve(items, components) : null;

    /// <summary>Follows <c>$ref</c>, and picks the non-null branch of <c>oneOf: [null, $ref]</c>.</summary>
    public static ApiSchema Resolve(JsonObject node, JsonObject components)
    {
        for (var i = 0; i < 10; i++)
        {
            if (node["$ref"]?.GetValue<string>() is { } reference)
            {
                node = (JsonObject)components["schemas"]![reference.Split('/')[^1]]!;
            }
            else if (node["oneOf"] is JsonArray branches && branches.OfType<JsonObject>().FirstOrDefault(b => b["type"]?.ToString() != "null") is { } branch)
            {
                node = branch;
            }
            else
            {
                break;
            }
        }

        return new ApiSchema(node, components);
    }
}
