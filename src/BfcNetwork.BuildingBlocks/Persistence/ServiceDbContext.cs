using BfcNetwork.BuildingBlocks.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.BuildingBlocks.Persistence;

/// <summary>
/// A service's own database: its entity configurations (every <c>IEntityTypeConfiguration</c> in the
/// service's assembly), the outbox, inbox and idempotency-key tables, and money stored as exact decimals.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Total digits of every decimal column, two of them after the point (cents).</summary>
    protected virtual int MoneyPrecision => 14;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddIdempotencyKeys();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(MoneyPrecision, 2);
    }
}
