using System.Text;
using System.Text.Json.Nodes;
using BfcNetwork.BuildingBlocks.Http;

namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>
/// Malformed bodies made from an operation's valid body: one field broken at a time (wrong type,
/// missing, null, huge, negative, invalid date, unknown word, invalid country…), and whole-body
/// breakage (syntax, nesting, encoding, content type, size).
/// </summary>
public sealed class BodyInputs(MalformedValues values, Random random)
{
    /// <summary>Above every service's request body limit (1 MiB), which the gateway shares.</summary>
    public const int OversizedBytes = (int)RequestBodyLimitExtensions.DefaultMaxBytes + 4096;

    private const string Marker = "\u0001fuzz-marker\u0001";

    public const string Json = "application/json";

    public IEnumerable<(string Category, string Detail, byte[] Body)> FieldCases(JsonObject body, ApiSchema? schema, OperationSeed seed)
    {
        foreach (var field in BodyField.Walk(body, schema))
        {
            // An emptier list is still a list: only a named field can go missing.
            if (!seed.Optional.Contains(field.Name) && field.Location[^1] is string)
            {
                yield return ("missing", field.Display, Splice(body, field, null));
            }

            if (!seed.Optional.Contains(field.Name))
            {
                yield return ("null", field.Display, Splice(body, field, "null"));
            }

            foreach (var (category, raw) in Breakages(field, seed))
            {
                yield return (category, $"{field.Display} = {FuzzCase.Shorten(raw)}", Splice(body, field, raw));
            }
        }
    }

    public IEnumerable<(string Category, string Detail, byte[]? Body, string? ContentType)> WholeBodyCases(JsonObject body, bool bodyRequired, bool oversized)
    {
        var valid = Encoding.UTF8.GetBytes(body.ToJsonString());
        if (bodyRequired)
        {
            yield return ("empty-body", "no bytes", [], Json);
            yield return ("empty-body", "no bytes, no content type", null, null);
            yield return ("not-an-object", "null", "null"u8.ToArray(), Json);
        }

        yield return ("truncated-json", "cut short", valid[..random.Next(1, valid.Length - 1)], Json);
        yield return ("not-an-object", "array", Encoding.UTF8.GetBytes($"[{body.ToJsonString()}]"), Json);
        yield return ("not-an-object", "number", "42"u8.ToArray(), Json);
        yield return ("not-an-object", "string", "\"text\""u8.ToArray(), Json);
        yield return ("json-syntax", "comment", Encoding.UTF8.GetBytes($"/* note */{body.ToJsonString()}"), Json);
        yield return ("json-syntax", "trailing comma", Encoding.UTF8.GetBytes(body.ToJsonString()[..^1] + ",}"), Json);
        yield return ("json-syntax", "single quotes", Encoding.UTF8.GetBytes(body.ToJsonString().Replace('"', '\'')), Json);
        yield return ("json-syntax", "trailing garbage", Encoding.UTF8.GetBytes(body.ToJsonString() + "}{"), Json);

        var depth = random.Next(200, 20_000);
        yield return ("deep-json", $"{depth} nested arrays", Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)), Json);
        var firstProperty = body.First().Key;
        var nested = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            nested.Append("{\"").Append(firstProperty).Append("\":");
        }

        nested.Append("1").Append('}', depth);
        yield return ("deep-json", $"{depth} nested objects", Encoding.UTF8.GetBytes(nested.ToString()), Json);

        yield return ("invalid-utf8", "in a string", InvalidUtf8InFirstString(valid), Json);
        yield return ("invalid-utf8", "bare bytes", [0xFF, 0xFE, 0xC3, 0x28, 0xA0, 0xA1], Json);

        yield return ("wrong-content-type", "text/plain", valid, "text/plain");
        yield return ("wrong-content-type", "application/xml", valid, "application/xml");
        yield return ("wrong-content-type", "form", valid, "application/x-www-form-urlencoded");
        yield return ("wrong-content-type", "multipart", valid, "multipart/form-data; boundary=fuzz");
        yield return ("wrong-content-type", "no content type", valid, null);

        if (oversized)
        {
            // Valid except for its size: an unknown property the services would otherwise ignore.
            var padded = body.DeepClone().AsObject();
            padded["padding"] = new string('x', OversizedBytes);
            yield return ("oversized-body", $"{OversizedBytes} bytes", Encoding.UTF8.GetBytes(padded.ToJsonString()), Json);
        }
    }

    private IEnumerable<(string Category, string Raw)> Breakages(BodyField field, OperationSeed seed)
    {
        var schema = field.Schema;
        var types = schema?.Types ?? [];
        switch (field.Value)
        {
            case JsonObject:
                yield return ("wrong-type", "\"x\"");
                yield return ("wrong-type", "[]");
                break;
            case JsonArray array:
                yield return ("wrong-type", "{}");
                yield return ("wrong-type", "\"x\"");
                var item = array.Count > 0 ? array[0]?.ToJsonString() ?? "null" : "\"x\"";
                yield return ("huge-array", string.Concat("[", string.Join(",", Enumerable.Repeat(item, random.Next(500, 3000))), "]"));
                break;
            case JsonValue value when value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False:
                yield return ("wrong-type", "\"yes\"");
                yield return ("wrong-type", "1");
                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                var integer = types.Contains("integer") || (!types.Contains("number") && !value.ToJsonString().Contains('.'));
                yield return ("wrong-type", "\"abc\"");
                yield return ("wrong-type", "true");
                yield return ("wrong-type", "[1]");
                yield return ("huge-number", integer ? values.HugeInteger() : values.HugeNumber());
                yield return ("negative-amount", integer ? "-1" : values.NegativeAmount());
                if (integer)
                {
                    yield return ("wrong-type", "1.5");
                }
                else
                {
                    yield return ("huge-number", values.HugeNumber());
                }

                break;
            case JsonValue:
                foreach (var breakage in StringBreakages(field, seed))
                {
                    yield return breakage;
                }

                break;
        }
    }

    private IEnumerable<(string Category, string Raw)> StringBreakages(BodyField field, OperationSeed seed)
    {
        var schema = field.Schema;
        if (schema?.EnumValues.Count > 0 || seed.Words.Contains(field.Name))
        {
            yield return ("unknown-enum", MalformedValues.Json(values.UnknownWord()));
            yield return ("unknown-enum", "\"\"");
            yield return ("wrong-type", "2");
            yield break;
        }

        switch (schema?.Format)
        {
            case "date" or "date-time":
                yield return ("invalid-date", MalformedValues.Json(values.InvalidDate()));
                yield return ("wrong-type", "20260101");
                yield break;
            case "uuid":
                yield return ("wrong-type", "\"not-a-guid\"");
                yield return ("wrong-type", "42");
                yield break;
        }

        if (FieldNames.IsCountry(field.LastName))
        {
            yield return ("invalid-country", MalformedValues.Json(values.InvalidCountry()));
        }

        yield return ("huge-string", MalformedValues.Json(values.HugeText()));
        yield return ("control-chars", values.ControlCharactersJson());
        yield return ("wrong-type", "123");
        yield return ("wrong-type", "{}");
    }

    /// <summary>The body with the field replaced by <paramref name="raw"/> JSON text, or removed when it is null.</summary>
    private static byte[] Splice(JsonObject body, BodyField field, string? raw)
    {
        var copy = body.DeepClone();
        JsonNode parent = copy;
        foreach (var step in field.Location.SkipLast(1))
        {
            parent = step is int index ? parent[index]! : parent[(string)step]!;
        }

        var last = field.Location[^1];
        if (raw is null)
        {
            if (last is int index)
            {
                parent.AsArray().RemoveAt(index);
            }
            else
            {
                parent.AsObject().Remove((string)last);
            }
        }
        else if (last is int index)
        {
            parent[index] = Marker;
        }
        else
        {
            parent[(string)last] = Marker;
        }

        var text = copy.ToJsonString();
        return Encoding.UTF8.GetBytes(raw is null ? text : text.Replace(MalformedValues.Json(Marker), raw, StringComparison.Ordinal));
    }

    private static byte[] InvalidUtf8InFirstString(byte[] valid)
    {
        // After the first quote of the first string value: ":"" marks where a value starts.
        var at = Encoding.UTF8.GetString(valid).IndexOf(":\"", StringComparison.Ordinal);
        var split = at < 0 ? 1 : at + 2;
        return [.. valid[..split], 0xC3, 0x28, 0xFF, .. valid[split..]];
    }

}
