using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BfcNetwork.BuildingBlocks.Persistence;

public static class DatabaseMigrationExtensions
{
    /// <summary>
    /// The local/development migration step: applies committed EF Core migrations at start-up
    /// (<c>Database:ApplyMigrations</c>, on by default in Development) and loads demo data into an
    /// empty database (<c>Database:SeedDemoData</c>, same default). Production applies migrations
    /// as a deployment step instead, so replicas never race to migrate.
    /// </summary>
    public static async Task MigrateDatabaseAsync<TContext>(
        this WebApplication app,
        Func<TContext, CancellationToken, Task>? seedDemoData = null,
        CancellationToken cancellationToken = default)
        where TContext : DbContext
    {
        var development = app.Environment.IsDevelopment();
        if (!app.Configuration.GetValue("Database:ApplyMigrations", development))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrationExtensions));

        // The database server may still be starting (run script, orchestrator): wait a little for it.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
                break;
            }
            catch (NpgsqlException exception) when (attempt < 15 && exception.IsTransient)
            {
                logger.LogWarning("Database not reachable yet (attempt {Attempt}): {Reason}", attempt, exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }

        if (seedDemoData is not null && app.Configuration.GetValue("Database:SeedDemoData", development))
        {
            await seedDemoData(db, cancellationToken);
        }
    }
}
