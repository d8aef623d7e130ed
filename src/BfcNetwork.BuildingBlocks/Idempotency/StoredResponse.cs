using Microsoft.AspNetCore.Http;

namespace BfcNetwork.BuildingBlocks.Idempotency;

/// <summary>
/// An answer kept byte for byte: the first request under a key and its replays write the very same
/// status, <c>Location</c>, <c>ETag</c> and body; a replay also says it is one.
/// </summary>
internal sealed record StoredResponse(int StatusCode, string? Location, string? ETag, string? ContentType, byte[] Body, bool Replayed) : IResult
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public static StoredResponse From(IdempotencyKey key) =>
        new(key.StatusCode!.Value, key.Location, key.ETag, key.ContentType, key.Body ?? [], Replayed: true);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        SetOrRemove(response.Headers, "Location", Location);
        SetOrRemove(response.Headers, "ETag", ETag);
        response.ContentType = ContentType;
        if (Replayed)
        {
            response.Headers[IdempotencyHeaders.Replayed] = "true";
        }

        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, httpContext.RequestAborted);
    }

    private static void SetOrRemove(IHeaderDictionary headers, string name, string? value)
    {
        if (value is null)
        {
            headers.Remove(name);
        }
        else
        {
            headers[name] = value;
        }
    }
}
