using System.Text.Json.Nodes;

namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>Walks a service's <c>/openapi/v1.json</c> into its operations.</summary>
public static class OpenApiOperations
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static async Task<IReadOnlyList<ApiOperation>> ReadAsync(string service, HttpClient client, CancellationToken cancellationToken)
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", cancellationToken))!.AsObject();
        return Read(service, document);
    }

    public static IReadOnlyList<ApiOperation> Read(string service, JsonObject document)
    {
        var components = document["components"] as JsonObject ?? [];
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods)
            {
                if (item![method] is not JsonObject operation)
                {
                    continue;
                }

                var parameters = (operation["parameters"] as JsonArray ?? [])
                    .OfType<JsonObject>()
                    .Select(p => new ApiParameter(
                        p["name"]!.GetValue<string>(),
                        p["in"]!.GetValue<string>() == "path",
                        ApiSchema.Resolve(p["schema"] as JsonObject ?? [], components)))
                    .ToList();
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"] is JsonObject schema
                    ? ApiSchema.Resolve(schema, components)
                    : null;
                var required = operation["requestBody"]?["required"]?.GetValue<bool>() ?? false;
                operations.Add(new ApiOperation(service, method.ToUpperInvariant(), path,
                    operation["operationId"]?.GetValue<string>() ?? $"{method} {path}", parameters, body, required));
            }
        }

        return operations;
    }
}
