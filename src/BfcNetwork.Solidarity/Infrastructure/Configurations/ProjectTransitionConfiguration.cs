using BfcNetwork.Solidarity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Solidarity.Infrastructure.Configurations;

internal sealed class ProjectTransitionConfiguration : IEntityTypeConfiguration<ProjectTransition>
{
    public void Configure(EntityTypeBuilder<ProjectTransition> transition)
    {
        transition.ToTable("project_transitions");
        transition.HasKey(t => t.Id);
        transition.Property(t => t.Id).UseIdentityAlwaysColumn();
        transition.Property(t => t.From).HasConversion<string>().HasMaxLength(32);
        transition.Property(t => t.To).HasConversion<string>().HasMaxLength(32);
        transition.Property(t => t.ChangedBy).HasMaxLength(200);
        transition.Property(t => t.Comment).HasMaxLength(ProjectLimits.CommentLength);
        transition.HasIndex(t => new { t.ProjectId, t.Id });
    }
}
