using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.BuildingBlocks.Messaging;
using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.BuildingBlocks.Tests.Contracts;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BfcNetwork.BuildingBlocks.Tests.Support;

/// <summary>
/// A web service wired as a real one (<c>AddServiceDatabase</c>, JWT, problem details) on its own
/// database and the shared RabbitMQ, with one create endpoint behind <c>WithIdempotencyKey</c>:
/// <c>POST /ledger</c> records an entry and its outbox event, and answers 201 with Location and ETag.
/// Its body steers the failures tests need.
/// </summary>
public sealed class LedgerApi : IAsyncDisposable
{
    public const string Path = "/ledger";

    private LedgerApi(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public static async Task<LedgerApi> StartAsync(TestServers servers, IReadOnlyDictionary<string, string?>? settings = null, bool retryingStrategy = false)
    {
        var database = servers.NewDatabaseConnectionString("bb_idempotency");
        var port = FreePorts.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var configuration = new Dictionary<string, string?>(TestTokens.Configuration)
        {
            [$"ConnectionStrings:{TestService.DatabaseName}"] = database,
            [$"ConnectionStrings:{ResourceNames.Messaging}"] = servers.RabbitMqConnectionString,
            // Far beyond any test's patience: an event published in time was woken by its commit.
            ["Outbox:PollingInterval"] = "00:01:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddProblemDetailsResponses();
        builder.AddJsonConventions();
        builder.AddJwtAuthentication();
        builder.Services.AddAuthorization();
        builder.AddServiceDatabase<TestDbContext>(TestService.DatabaseName);
        if (retryingStrategy)
        {
            builder.Services.ConfigureDbContext<TestDbContext>(options => options.UseNpgsql(database, npgsql => npgsql.EnableRetryOnFailure(3)));
        }

        builder.AddRabbitMqMessaging();

        var app = builder.Build();
        app.UseProblemDetailsResponses();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPost(Path, RecordAsync).RequireAuthorization().WithIdempotencyKey();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            // A throwaway model without migrations: the test database is created from it.
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        }

        using var startLimit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await app.StartAsync(startLimit.Token);
        return new LedgerApi(app, new Uri($"http://127.0.0.1:{port}"));
    }

    public HttpClient Client(string subject) =>
        new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) }.WithBearer(TestTokens.For(Roles.RegionalOfficer, null, subject));

    public async Task<T> WithDbAsync<T>(Func<TestDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        using var stopLimit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await App.StopAsync(stopLimit.Token);
        await App.DisposeAsync();
    }

    /// <summary>
    /// Records a credit. A non-positive amount is a 400; <c>failAfterSave</c> throws after the
    /// first save; <c>twoSaves</c> writes a second entry with a second save; <c>delayMs</c> keeps the
    /// request in flight.
    /// </summary>
    private static async Task<IResult> RecordAsync(LedgerRequest request, TestDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (request.Amount <= 0)
        {
            return Problems.Validation(new ValidationErrors().Add("amount", "Credit a positive amount."));
        }

        if (request.DelayMs > 0)
        {
            await Task.Delay(request.DelayMs, cancellationToken);
        }

        var entry = new LedgerEntry($"credit-{Guid.NewGuid():N}", request.Account, request.Amount);
        db.LedgerEntries.Add(entry);
        db.AddIntegrationEvent(new LedgerEntryRecorded(request.Account, 1, entry.Key), request.Account, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        if (request.FailAfterSave)
        {
            throw new InvalidOperationException("The create fails after its first save.");
        }

        if (request.TwoSaves)
        {
            db.LedgerEntries.Add(new LedgerEntry($"credit-{Guid.NewGuid():N}", request.Account, request.Amount));
            await db.SaveChangesAsync(cancellationToken);
        }

        http.Response.Headers.ETag = $"\"{entry.Id}\"";
        return TypedResults.Created($"{Path}/{entry.Id}", new LedgerResponse(entry.Id, entry.Account, entry.Amount));
    }
}

public sealed record LedgerRequest(string Account, decimal Amount, bool FailAfterSave = false, bool TwoSaves = false, int DelayMs = 0);

public sealed record LedgerResponse(long Id, string Account, decimal Amount);
