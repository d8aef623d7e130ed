namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>One malformed request: which operation, what was broken (category and detail), and the request itself.</summary>
public sealed record FuzzCase(
    ApiOperation Operation,
    string Category,
    string Detail,
    string Url,
    string? Token,
    byte[]? Body = null,
    string? ContentType = null,
    bool ViaGateway = false)
{
    /// <summary>A value as a report line shows it: long ones cut, with their length.</summary>
    public static string Shorten(string value) => value.Length > 40 ? $"{value[..30]}… ({value.Length} chars)" : value;

    public override string ToString() =>
        $"{Operation.Service} {Operation.Method} {Url[..Math.Min(Url.Length, 160)]} [{Category}: {Detail}]{(ViaGateway ? " via gateway" : "")}";
}
