using System.Text.Json;
using BfcNetwork.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BfcNetwork.BuildingBlocks.Http;

/// <summary>
/// Turns every exception into problem details; no stack trace ever leaves the service. Known
/// failures get their own status; anything else is a logged 500 with only a trace id.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Describe(Exception exception) => exception switch
    {
        BadHttpRequestException badRequest => DescribeBadRequest(badRequest),
        DomainConflictException conflict => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict",
            Detail = conflict.Message,
        },
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status412PreconditionFailed,
            Title = "Precondition failed",
            Detail = "The resource was changed by someone else. Fetch it again and retry with its current ETag.",
        },
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict",
            Detail = "A resource with the same identity already exists.",
        },
        _ when IsUnstorableText(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Malformed request",
            Detail = "The request holds text that cannot be stored or searched, such as a NUL (\\u0000) character.",
        },
        _ when IsDatabaseUnavailable(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Service unavailable",
            Detail = "The service's database is unreachable. Retry shortly; nothing was changed.",
        },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "Unexpected error",
            Detail = "The request failed unexpectedly. Quote the trace id when reporting it.",
        },
    };

    private static ProblemDetails DescribeBadRequest(BadHttpRequestException exception)
    {
        var problem = new ProblemDetails
        {
            Status = exception.StatusCode,
            Title = exception.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "Request body too large",
                StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
                _ => "Malformed request",
            },
            Detail = exception.Message,
        };

        if (exception.InnerException is JsonException json)
        {
            var field = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
            problem.Extensions["errors"] = new Dictionary<string, string[]>
            {
                [field] = ["The value is missing, malformed or of the wrong type."],
            };
        }

        return problem;
    }

    /// <summary>
    /// PostgreSQL refuses NUL characters in text, in a value to store as in a search term; .NET and
    /// JSON allow them, so only the database can tell, and nothing was written when it does.
    /// </summary>
    private static bool IsUnstorableText(Exception exception) =>
        exception.AnyInChain(e => e is PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter });

    private static bool IsDatabaseUnavailable(Exception exception) =>
        exception.AnyInChain(e => e is NpgsqlException { IsTransient: true } or TimeoutException);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Method} {Path} failed")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
