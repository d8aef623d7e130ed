using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BfcNetwork.BuildingBlocks.Persistence;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers the service's own PostgreSQL database (<c>ConnectionStrings:{connectionName}</c>),
    /// snake_case names, a capped connection pool (<see cref="ConnectionPoolLimit"/>), a readiness
    /// check, the outbox that publishes its integration events, and the idempotency keys its creates honour.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = ConnectionPoolLimit.WithDefaultMaxPoolSize(
            builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"Missing connection string '{connectionName}' (ConnectionStrings__{connectionName})."));

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxCommitInterceptor>();
        builder.Services.AddSingleton<AggregateVersionInterceptor>();
        builder.Services.TryAddTimeProvider();
        builder.Services.AddDbContext<TContext>((services, options) => options
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(services.GetRequiredService<AggregateVersionInterceptor>(), services.GetRequiredService<OutboxCommitInterceptor>()));

        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("postgresql");

        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.SectionName));
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.AddIdempotencyKeys<TContext>();
        return builder;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
