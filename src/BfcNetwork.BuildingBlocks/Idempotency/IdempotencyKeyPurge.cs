using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BfcNetwork.BuildingBlocks.Idempotency;

/// <summary>Deletes keys past their retention, so the table holds about one day of creates.</summary>
internal sealed partial class IdempotencyKeyPurge<TContext>(
    IServiceScopeFactory scopeFactory,
    IOptions<IdempotencyOptions> options,
    TimeProvider clock,
    ILogger<IdempotencyKeyPurge<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // An unreachable database only delays the purge: expired keys answer nothing anyway.
                LogPurgeFailed(exception);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var now = clock.GetUtcNow();
        var purged = await scope.ServiceProvider.GetRequiredService<TContext>().Set<IdempotencyKey>()
            .Where(k => k.ExpiresAt <= now)
            .ExecuteDeleteAsync(cancellationToken);
        if (purged > 0)
        {
            LogPurged(purged);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging expired idempotency keys failed; retrying at the next interval")]
    private partial void LogPurgeFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired idempotency keys")]
    private partial void LogPurged(int count);
}
