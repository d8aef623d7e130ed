namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>One operation (path × method) of a service's OpenAPI document.</summary>
public sealed record ApiOperation(
    string Service,
    string Method,
    string PathTemplate,
    string OperationId,
    IReadOnlyList<ApiParameter> Parameters,
    ApiSchema? Body,
    bool BodyRequired)
{
    public string Key => $"{Service}.{OperationId}";

    public override string ToString() => $"{Method} {PathTemplate}";
}

/// <summary>A path or query parameter: its JSON type and format as the document declares them.</summary>
public sealed record ApiParameter(string Name, bool InPath, ApiSchema Schema);
