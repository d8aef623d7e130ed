using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.BuildingBlocks.Tests.Support;

/// <summary>A tiny service model: ledger entries with a unique key, a versioned ledger aggregate with its lines, plus the outbox, inbox and idempotency-key tables.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

    public DbSet<Ledger> Ledgers => Set<Ledger>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LedgerEntry>(entry =>
        {
            entry.ToTable("ledger_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Key).HasMaxLength(100);
            entry.HasIndex(e => e.Key).IsUnique();
            entry.Property(e => e.Account).HasMaxLength(100);
            entry.HasIndex(e => e.Account);
        });

        modelBuilder.Entity<Ledger>(ledger =>
        {
            ledger.ToTable("ledgers");
            ledger.Property(l => l.Version).IsRowVersion();
            ledger.Property(l => l.Name).HasMaxLength(100);
            ledger.HasMany(l => l.Lines).WithOne().HasForeignKey(l => l.LedgerId);
        });
        modelBuilder.Entity<LedgerLine>().ToTable("ledger_lines");

        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddIdempotencyKeys();
    }
}

public sealed class LedgerEntry(string key, string account, decimal amount)
{
    public long Id { get; private set; }

    public string Key { get; private set; } = key;

    public string Account { get; private set; } = account;

    public decimal Amount { get; private set; } = amount;
}

/// <summary>An aggregate root versioned by <c>xmin</c>, whose lines are its children.</summary>
public sealed class Ledger(string name)
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Name { get; private set; } = name;

    public uint Version { get; private set; }

    public List<LedgerLine> Lines { get; private set; } = [];
}

public sealed class LedgerLine(decimal amount)
{
    public long Id { get; private set; }

    public Guid LedgerId { get; private set; }

    public decimal Amount { get; set; } = amount;
}
