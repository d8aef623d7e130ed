using BfcNetwork.CrossBorder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.CrossBorder.Infrastructure.Configurations;

internal sealed class ProjectTransitionConfiguration : IEntityTypeConfiguration<ProjectTransition>
{
    public void Configure(EntityTypeBuilder<ProjectTransition> transition)
    {
        transition.ToTable("project_transitions");
        transition.HasKey(t => t.Id);
        transition.Property(t => t.Id).UseIdentityAlwaysColumn();
        transition.Property(t => t.From).HasConversion<string>().HasMaxLength(32);
        transition.Property(t => t.To).HasConversion<string>().HasMaxLength(32);
        transition.Property(t => t.ChangedBy).HasMaxLength(ProjectLimits.NameLength);
        transition.Property(t => t.Note).HasMaxLength(ProjectLimits.NoteLength);
        transition.HasIndex(t => new { t.ProjectId, t.Id });
    }
}
