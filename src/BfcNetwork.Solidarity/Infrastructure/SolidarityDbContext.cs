using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Solidarity.Domain;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Solidarity.Infrastructure;

public sealed class SolidarityDbContext(DbContextOptions<SolidarityDbContext> options) : DbContext(options)
{
    public DbSet<Association> Associations => Set<Association>();

    public DbSet<SolidarityProject> Projects => Set<SolidarityProject>();

    public DbSet<ProjectTransition> ProjectTransitions => Set<ProjectTransition>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SolidarityDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(14, 2);
    }
}
