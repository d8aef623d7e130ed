using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.CrossBorder.Domain;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.CrossBorder.Infrastructure;

public sealed class CrossBorderDbContext(DbContextOptions<CrossBorderDbContext> options) : ServiceDbContext(options)
{
    public DbSet<JointProject> Projects => Set<JointProject>();

    public DbSet<CrossBorderPartner> Partners => Set<CrossBorderPartner>();

    public DbSet<ProjectTransition> ProjectTransitions => Set<ProjectTransition>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
}
