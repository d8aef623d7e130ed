using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BfcNetwork.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Npgsql;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace BfcNetwork.BuildingBlocks.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> for creates (IETF httpapi draft): the key row is inserted with
/// <c>ON CONFLICT DO NOTHING</c> in a transaction that the handler's own writes (and its outbox
/// events) join, and the answer is stored in that row before the commit. A concurrent request with
/// the same key blocks on the row until the first commits, then replays its answer; a key sent with
/// another request is a 422; an answer that is not 2xx rolls everything back, key included.
/// </summary>
internal sealed class IdempotentCreateFilter : IEndpointFilter
{
    // PostgreSQL lock_not_available: the in-flight wait (lock_timeout) ran out.
    private const string LockNotAvailable = "55P03";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(IdempotencyHeaders.Key, out var header))
        {
            return await next(context);
        }

        if (ReadKey(header) is not { } key)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid idempotency key",
                detail: $"Send one {IdempotencyHeaders.Key} of 1 to {IdempotencyKey.MaxKeyLength} visible ASCII characters, such as a UUID.");
        }

        var services = http.RequestServices;
        var claim = new KeyClaim(
            http.User.UserId(),
            Operation(http),
            key,
            Fingerprint(context, services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));
        var db = services.GetRequiredService<IdempotencyDatabase>().Context;
        var options = services.GetRequiredService<IOptions<IdempotencyOptions>>().Value;
        var clock = services.GetRequiredService<TimeProvider>();
        var headersBefore = http.Response.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);

        // Inside the execution strategy, so a retrying one replays the whole unit (key, handler, answer).
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            cancellationToken => RunOnceAsync(context, next, db, claim, options, clock, headersBefore, cancellationToken),
            http.RequestAborted);
    }

    private static async Task<object?> RunOnceAsync(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next, DbContext db, KeyClaim claim,
        IdempotencyOptions options, TimeProvider clock, Dictionary<string, StringValues> headersBefore, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        db.ChangeTracker.Clear();
        RestoreHeaders(http.Response, headersBefore);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        bool claimed;
        try
        {
            claimed = await ClaimAsync(db, claim, clock.GetUtcNow(), options, cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == LockNotAvailable)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Request in progress",
                detail: $"A request with this {IdempotencyHeaders.Key} is still being processed. Retry it shortly to get its answer.");
        }

        if (!claimed)
        {
            return await ReplayAsync(db, claim, cancellationToken);
        }

        var response = await CaptureAsync(http, await next(context), cancellationToken);
        if (!response.IsSuccess)
        {
            // Disposing the transaction rolls back the key too: the client may retry with it.
            return response;
        }

        // The retention counts from the answer, however long the create took.
        var expiresAt = clock.GetUtcNow() + options.Retention;
        await db.Set<IdempotencyKey>().Where(claim.Matches()).ExecuteUpdateAsync(row => row
            .SetProperty(k => k.ExpiresAt, expiresAt)
            .SetProperty(k => k.StatusCode, response.StatusCode)
            .SetProperty(k => k.Location, response.Location)
            .SetProperty(k => k.ETag, response.ETag)
            .SetProperty(k => k.ContentType, response.ContentType)
            .SetProperty(k => k.Body, response.Body), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }

    /// <summary>
    /// Inserts the key row, or takes over an expired one; false when a live row exists. A row still
    /// being written by another transaction makes this wait (at most <see cref="IdempotencyOptions.InFlightWait"/>).
    /// </summary>
    private static async Task<bool> ClaimAsync(DbContext db, KeyClaim claim, DateTimeOffset now, IdempotencyOptions options, CancellationToken cancellationToken)
    {
        var waitMilliseconds = ((long)options.InFlightWait.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlAsync($"SELECT set_config('lock_timeout', {waitMilliseconds}, true)", cancellationToken);
        var expiresAt = now + options.Retention;
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO idempotency_keys (subject, operation, key, fingerprint, created_at, expires_at)
            VALUES ({claim.Subject}, {claim.Operation}, {claim.Key}, {claim.Fingerprint}, {now}, {expiresAt})
            ON CONFLICT (subject, operation, key) DO UPDATE
            SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at,
                status_code = NULL, location = NULL, etag = NULL, content_type = NULL, body = NULL
            WHERE idempotency_keys.expires_at <= EXCLUDED.created_at
            """,
            cancellationToken);
        // Back to PostgreSQL's default (no lock timeout) for the handler's own statements.
        await db.Database.ExecuteSqlAsync($"SELECT set_config('lock_timeout', '0', true)", cancellationToken);
        return inserted == 1;
    }

    private static async Task<IResult> ReplayAsync(DbContext db, KeyClaim claim, CancellationToken cancellationToken)
    {
        var stored = await db.Set<IdempotencyKey>().AsNoTracking().FirstOrDefaultAsync(claim.Matches(), cancellationToken);
        if (stored?.StatusCode is null)
        {
            // Purged between the insert and this read: the client's retry starts afresh.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Request in progress",
                detail: $"The request with this {IdempotencyHeaders.Key} has not finished. Retry it shortly.");
        }

        if (!string.Equals(stored.Fingerprint, claim.Fingerprint, StringComparison.Ordinal))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused",
                detail: $"This {IdempotencyHeaders.Key} was already used for a different request. Use a new key for a new request.");
        }

        return StoredResponse.From(stored);
    }

    /// <summary>Runs the handler's result into memory, so it can be stored before anything reaches the client.</summary>
    private static async Task<StoredResponse> CaptureAsync(HttpContext http, object? result, CancellationToken cancellationToken)
    {
        var original = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        var capture = new StreamResponseBodyFeature(buffer, original);
        http.Features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await (result as IResult ?? TypedResults.Ok(result)).ExecuteAsync(http);
            await capture.CompleteAsync();
        }
        finally
        {
            http.Features.Set(original);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var headers = http.Response.Headers;
        return new StoredResponse(
            http.Response.StatusCode,
            headers.Location.Count == 0 ? null : headers.Location.ToString(),
            headers.ETag.Count == 0 ? null : headers.ETag.ToString(),
            http.Response.ContentType,
            buffer.ToArray(),
            Replayed: false);
    }

    /// <summary>The key as sent, bare or as a structured-field string (<c>"…"</c>); null when it is not a usable key.</summary>
    private static string? ReadKey(StringValues header)
    {
        if (header.Count != 1 || header[0] is not { } raw)
        {
            return null;
        }

        var key = raw.Trim();
        if (key.Length >= 2 && key[0] == '"' && key[^1] == '"')
        {
            key = key[1..^1];
        }

        return key.Length is > 0 and <= IdempotencyKey.MaxKeyLength && key.All(c => c is >= ' ' and <= '~') ? key : null;
    }

    private static string Operation(HttpContext http)
    {
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        var operation = $"{http.Request.Method} {route}";
        return operation.Length > 300 ? operation[..300] : operation;
    }

    /// <summary>
    /// What makes two requests the same: method, path, query and the body as the endpoint bound it
    /// (so spacing or field order of the JSON does not matter, its values do).
    /// </summary>
    private static string Fingerprint(EndpointFilterInvocationContext context, JsonSerializerOptions json)
    {
        var request = context.HttpContext.Request;
        var bodyType = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var body = bodyType is null ? null : context.Arguments.FirstOrDefault(a => a is not null && bodyType.IsInstanceOfType(a));
        var text = $"{request.Method}\n{request.Path}\n{request.QueryString}\n{(body is null ? "" : JsonSerializer.Serialize(body, body.GetType(), json))}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static void RestoreHeaders(HttpResponse response, Dictionary<string, StringValues> before)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.Headers.Clear();
        foreach (var (name, value) in before)
        {
            response.Headers[name] = value;
        }
    }

    private sealed record KeyClaim(string Subject, string Operation, string Key, string Fingerprint)
    {
        public System.Linq.Expressions.Expression<Func<IdempotencyKey, bool>> Matches()
        {
            var (subject, operation, key) = (Subject, Operation, Key);
            return k => k.Subject == subject && k.Operation == operation && k.Key == key;
        }
    }
}
