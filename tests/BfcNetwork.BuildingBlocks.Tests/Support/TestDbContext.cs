using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.BuildingBlocks.Tests.Support;

/// <summary>A tiny service model: ledger entries with a unique key, plus the outbox, inbox and idempotency-key tables.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

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
