using BfcNetwork.Investment.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Investment.Infrastructure.Configurations;

internal sealed class LeadActivityConfiguration : IEntityTypeConfiguration<LeadActivity>
{
    public void Configure(EntityTypeBuilder<LeadActivity> activity)
    {
        activity.ToTable("activities");
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).ValueGeneratedNever();
        activity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        activity.Property(a => a.Note).HasMaxLength(LeadLimits.TextLength);
        activity.Property(a => a.RecordedBy).HasMaxLength(LeadLimits.UserIdLength);
        activity.HasOne<InvestorLead>().WithMany().HasForeignKey(a => a.LeadId).OnDelete(DeleteBehavior.Cascade);
        activity.HasIndex(a => new { a.LeadId, a.Date });
    }
}
