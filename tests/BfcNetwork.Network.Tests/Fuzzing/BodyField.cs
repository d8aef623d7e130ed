using System.Text.Json.Nodes;

namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>
/// A field of a valid body, found by walking it beside its schema: its location (property names
/// and array indexes), its name for reports (<c>budget.coFunders[0].amount</c>) and for seeds
/// (<c>budget.coFunders.amount</c>), its valid value and its schema.
/// </summary>
public sealed record BodyField(IReadOnlyList<object> Location, string Display, string Name, JsonNode? Value, ApiSchema? Schema)
{
    /// <summary>The property name, or for an array item the array's.</summary>
    public string LastName => Name.Split('.')[^1];

    public static IEnumerable<BodyField> Walk(JsonNode body, ApiSchema? schema) => Walk(body, schema, [], "", "");

    private static IEnumerable<BodyField> Walk(JsonNode node, ApiSchema? schema, List<object> location, string display, string name)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (property, value) in obj.ToList())
                {
                    var childSchema = schema?.Property(property);
                    var childDisplay = display.Length == 0 ? property : $"{display}.{property}";
                    var childName = name.Length == 0 ? property : $"{name}.{property}";
                    List<object> childLocation = [.. location, property];
                    yield return new BodyField(childLocation, childDisplay, childName, value, childSchema);
                    if (value is not null)
                    {
                        foreach (var field in Walk(value, childSchema, childLocation, childDisplay, childName))
                        {
                            yield return field;
                        }
                    }
                }

                break;
            case JsonArray { Count: > 0 } array:
                var itemSchema = schema?.Items;
                List<object> itemLocation = [.. location, 0];
                yield return new BodyField(itemLocation, $"{display}[0]", name, array[0], itemSchema);
                if (array[0] is { } item)
                {
                    foreach (var field in Walk(item, itemSchema, itemLocation, $"{display}[0]", name))
                    {
                        yield return field;
                    }
                }

                break;
        }
    }
}
