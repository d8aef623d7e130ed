using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.CrossBorder.Domain;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.CrossBorder.Infrastructure;

public sealed class CrossBorderDbContext(DbContextOptions<CrossBorderDbContext> options) : DbContext(options)
{
    public DbSet<JointProject> Projects => Set<JointProject>();

    public DbSet<CrossBorderPartner> Partners => Set<CrossBorderPartner>();

    public DbSet<ProjectTransition> ProjectTransitions => Set<ProjectTransition>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CrossBorderDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(14, 2);
    }
}
