using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Mobility.Domain;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Infrastructure;

public sealed class MobilityDbContext(DbContextOptions<MobilityDbContext> options) : DbContext(options)
{
    public DbSet<Exchange> Exchanges => Set<Exchange>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<HostOrganisation> Hosts => Set<HostOrganisation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MobilityDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
    }
}
