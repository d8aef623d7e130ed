using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Mobility.Domain;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Infrastructure;

public sealed class MobilityDbContext(DbContextOptions<MobilityDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Exchange> Exchanges => Set<Exchange>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<HostOrganisation> Hosts => Set<HostOrganisation>();

    public DbSet<SourceWatermark> SourceWatermarks => Set<SourceWatermark>();

    protected override int MoneyPrecision => 12;
}
