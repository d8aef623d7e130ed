using System.Text.Json;
using System.Text.Json.Serialization;

namespace BfcNetwork.Testing;

/// <summary>The services' JSON shape as a client sees it: camelCase, enums as kebab-case words.</summary>
public static class TestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
