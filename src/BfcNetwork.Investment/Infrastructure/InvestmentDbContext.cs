using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Investment.Domain;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Investment.Infrastructure;

public sealed class InvestmentDbContext(DbContextOptions<InvestmentDbContext> options) : ServiceDbContext(options)
{
    public DbSet<InvestorLead> Leads => Set<InvestorLead>();

    public DbSet<StageChange> StageChanges => Set<StageChange>();

    public DbSet<LeadActivity> Activities => Set<LeadActivity>();

    public DbSet<LeadTask> Tasks => Set<LeadTask>();

    public DbSet<SiteProposal> SiteProposals => Set<SiteProposal>();

    // Capex runs to hundreds of millions of EUR: 16 digits, cents kept.
    protected override int MoneyPrecision => 16;
}
