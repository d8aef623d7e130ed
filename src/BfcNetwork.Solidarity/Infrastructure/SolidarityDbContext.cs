using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Solidarity.Domain;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Solidarity.Infrastructure;

public sealed class SolidarityDbContext(DbContextOptions<SolidarityDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Association> Associations => Set<Association>();

    public DbSet<SolidarityProject> Projects => Set<SolidarityProject>();

    public DbSet<ProjectTransition> ProjectTransitions => Set<ProjectTransition>();
}
