using BfcNetwork.Investment.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Investment.Infrastructure.Configurations;

internal sealed class LeadTaskConfiguration : IEntityTypeConfiguration<LeadTask>
{
    public void Configure(EntityTypeBuilder<LeadTask> task)
    {
        task.ToTable("tasks");
        task.HasKey(t => t.Id);
        task.Property(t => t.Id).ValueGeneratedNever();
        task.Property(t => t.Title).HasMaxLength(LeadLimits.ShortTextLength);
        task.Property(t => t.AssigneeId).HasMaxLength(LeadLimits.UserIdLength);
        task.HasOne<InvestorLead>().WithMany().HasForeignKey(t => t.LeadId).OnDelete(DeleteBehavior.Cascade);
        // "My overdue tasks": by assignee, open ones by due date.
        task.HasIndex(t => new { t.AssigneeId, t.Done, t.DueDate });
        task.HasIndex(t => t.LeadId);
    }
}
