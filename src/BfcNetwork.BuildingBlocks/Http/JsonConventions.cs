using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BfcNetwork.BuildingBlocks.Http;

/// <summary>
/// One JSON shape for every API: camelCase fields, enums as kebab-case words
/// (<c>changes-requested</c>), the same words accepted in query strings.
/// </summary>
public static class JsonConventions
{
    public static readonly JsonNamingPolicy EnumNaming = JsonNamingPolicy.KebabCaseLower;

    public static IHostApplicationBuilder AddJsonConventions(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(EnumNaming, allowIntegerValues: false)));
        return builder;
    }

    public static string EnumName<TEnum>(TEnum value) where TEnum : struct, Enum => EnumNaming.ConvertName(value.ToString());

    /// <summary>
    /// An optional query-string filter written as in JSON: null when absent; an unknown word adds a
    /// field error that lists the known ones, and gives null.
    /// </summary>
    public static TEnum? ParseQueryValue<TEnum>(string? text, string field, ValidationErrors errors) where TEnum : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (TryParseEnum<TEnum>(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"Unknown {field}; use one of {string.Join(", ", Enum.GetValues<TEnum>().Select(EnumName))}.");
        return null;
    }

    /// <summary>Parses a query-string enum value written as in JSON.</summary>
    public static bool TryParseEnum<TEnum>(string text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(EnumName(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
