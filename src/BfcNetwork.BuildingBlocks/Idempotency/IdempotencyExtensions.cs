using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BfcNetwork.BuildingBlocks.Idempotency;

public static class IdempotencyExtensions
{
    /// <summary>
    /// Lets creates honour <c>Idempotency-Key</c> against <typeparamref name="TContext"/>, whose model
    /// must include <see cref="IdempotencyModelBuilderExtensions.AddIdempotencyKeys"/>; expired keys are purged.
    /// </summary>
    public static IHostApplicationBuilder AddIdempotencyKeys<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.Services.Configure<IdempotencyOptions>(builder.Configuration.GetSection(IdempotencyOptions.SectionName));
        builder.Services.AddScoped(services => new IdempotencyDatabase(services.GetRequiredService<TContext>()));
        builder.Services.AddHostedService<IdempotencyKeyPurge<TContext>>();
        return builder;
    }

    /// <summary>
    /// Makes a create endpoint idempotent under an optional <c>Idempotency-Key</c> header: a retry
    /// with the same key and request replays the first answer instead of creating again.
    /// </summary>
    public static TBuilder WithIdempotencyKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, IdempotentCreateFilter>()
            .WithMetadata(new IdempotentCreateMetadata());
}
