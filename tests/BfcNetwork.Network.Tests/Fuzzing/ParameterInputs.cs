using System.Globalization;

namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>
/// Request targets with one parameter broken: a path id that is malformed, unknown or huge, or a
/// query value of the wrong type, out of range, an unknown word or an invalid country code.
/// </summary>
public sealed class ParameterInputs(MalformedValues values, Random random)
{
    /// <summary>The operation's path with the seed's valid values.</summary>
    public static string ValidPath(ApiOperation operation, OperationSeed seed)
    {
        var path = operation.PathTemplate;
        foreach (var parameter in operation.Parameters.Where(p => p.InPath))
        {
            var value = seed.Path.TryGetValue(parameter.Name, out var v)
                ? v
                : throw new InvalidOperationException($"The seed of {operation.Key} has no value for path parameter '{parameter.Name}'.");
            path = path.Replace($"{{{parameter.Name}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return path;
    }

    public IEnumerable<(string Category, string Detail, string Url)> Cases(ApiOperation operation, OperationSeed seed)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.InPath))
        {
            foreach (var (category, value) in PathBreakages(parameter))
            {
                var path = new Dictionary<string, string>(seed.Path) { [parameter.Name] = "\u0001" };
                var url = ValidPath(operation, seed with { Path = path }).Replace("%01", value, StringComparison.Ordinal);
                yield return (category, $"{parameter.Name} = {FuzzCase.Shorten(value)}", url);
            }
        }

        if (seed.PathOnly)
        {
            yield break;
        }

        var validPath = ValidPath(operation, seed);
        foreach (var parameter in operation.Parameters.Where(p => !p.InPath))
        {
            foreach (var (category, value) in QueryBreakages(parameter))
            {
                yield return (category, $"?{parameter.Name}={FuzzCase.Shorten(value)}", $"{validPath}?{parameter.Name}={value}");
            }
        }
    }

    private IEnumerable<(string Category, string Value)> PathBreakages(ApiParameter parameter)
    {
        if (parameter.Schema.Format == "uuid")
        {
            yield return ("malformed-id", "not-a-guid");
            yield return ("malformed-id", "00000000-0000-0000-0000-00000000000g");
            yield return ("unknown-id", new Guid(RandomBytes(16)).ToString());
        }
        else
        {
            yield return ("unknown-id", values.UnknownWord());
        }

        yield return ("huge-string", new string('a', random.Next(2_000, 4_000)));
        // Not %00: Kestrel refuses a NUL in the path while parsing the request line, before any
        // middleware could answer with problem details.
        yield return ("control-chars", random.Next(2) == 0 ? "%C3%28" : "%FF%FE");
    }

    private IEnumerable<(string Category, string Value)> QueryBreakages(ApiParameter parameter)
    {
        var types = parameter.Schema.Types;
        if (types.Contains("integer"))
        {
            yield return ("wrong-type", "abc");
            yield return ("wrong-type", "1.5");
            yield return ("huge-number", values.HugeInteger());
            yield return ("negative-amount", "-" + random.Next(1, 1000).ToString(CultureInfo.InvariantCulture));
        }
        else if (types.Contains("number"))
        {
            yield return ("wrong-type", "abc");
            yield return ("huge-number", Uri.EscapeDataString(values.HugeNumber()));
            yield return ("huge-number", random.Next(2) == 0 ? "NaN" : "Infinity");
            yield return ("negative-amount", Uri.EscapeDataString(values.NegativeAmount()));
        }
        else if (types.Contains("boolean"))
        {
            yield return ("wrong-type", "maybe");
            yield return ("wrong-type", "2");
        }
        else if (parameter.Schema.Format is "date" or "date-time")
        {
            yield return ("invalid-date", Uri.EscapeDataString(NonEmpty(values.InvalidDate())));
        }
        else if (FieldNames.IsWord(parameter.Name))
        {
            yield return ("unknown-enum", values.UnknownWord());
        }
        else if (FieldNames.IsCountry(parameter.Name))
        {
            yield return ("invalid-country", Uri.EscapeDataString(NonEmpty(values.InvalidCountry())));
        }

        if (types.Count == 0 || (types.Contains("string") && parameter.Schema.Format is null))
        {
            yield return ("huge-string", new string('q', random.Next(2_500, 4_000)));
            yield return ("control-chars", "a%00b");
        }
    }

    private static string NonEmpty(string value) => value.Length == 0 ? "-" : value;

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

}
