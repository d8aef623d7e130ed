using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Investment.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Investment.Infrastructure.Configurations;

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> change)
    {
        change.ToStatusHistory("stage_changes", "lead_id", LeadLimits.ShortTextLength, noteColumn: "comment");
        // The KPIs read the log by period.
        change.HasIndex(c => c.ChangedAt);
    }
}
