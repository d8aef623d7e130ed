using BfcNetwork.Investment.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Investment.Infrastructure.Configurations;

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> change)
    {
        change.ToTable("stage_changes");
        change.HasKey(c => c.Id);
        change.Property(c => c.Id).UseIdentityAlwaysColumn();
        change.Property(c => c.From).HasConversion<string>().HasMaxLength(32);
        change.Property(c => c.To).HasConversion<string>().HasMaxLength(32);
        change.Property(c => c.ChangedBy).HasMaxLength(LeadLimits.UserIdLength);
        change.Property(c => c.Comment).HasMaxLength(LeadLimits.ShortTextLength);
        change.HasIndex(c => new { c.LeadId, c.Id });
        change.HasIndex(c => c.ChangedAt);
    }
}
