using BfcNetwork.CrossBorder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.CrossBorder.Infrastructure.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).UseIdentityAlwaysColumn();
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.Actor).HasMaxLength(ProjectLimits.NameLength);
        entry.Property(e => e.Detail).HasMaxLength(ProjectLimits.NoteLength);
        // No foreign key: the trail outlives a removed partner, and is never cascaded away.
        entry.HasIndex(e => new { e.ProjectId, e.Id });
    }
}
