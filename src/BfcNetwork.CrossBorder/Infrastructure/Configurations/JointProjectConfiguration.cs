using BfcNetwork.CrossBorder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.CrossBorder.Infrastructure.Configurations;

internal sealed class JointProjectConfiguration : IEntityTypeConfiguration<JointProject>
{
    public void Configure(EntityTypeBuilder<JointProject> project)
    {
        project.ToTable("projects");
        project.HasKey(p => p.Id);
        project.Property(p => p.Id).ValueGeneratedNever();
        project.Property(p => p.Version).IsRowVersion();

        project.Property(p => p.Acronym).HasMaxLength(ProjectLimits.AcronymLength);
        // Acronyms name operations in the programme's publications: one per project.
        project.HasIndex(p => p.Acronym).IsUnique();
        project.Property(p => p.Title).HasMaxLength(ProjectLimits.TitleLength);
        project.Property(p => p.SpecificObjective).HasMaxLength(ProjectLimits.CodeLength);
        project.Property(p => p.CallId).HasMaxLength(ProjectLimits.CodeLength);
        project.Property(p => p.Description).HasMaxLength(ProjectLimits.TextLength);
        project.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        project.Property(p => p.StatusBeforeReturn).HasConversion<string>().HasMaxLength(32);

        project.HasMany(p => p.Partners).WithOne().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        project.Navigation(p => p.Partners).UsePropertyAccessMode(PropertyAccessMode.Field);
        project.HasMany(p => p.Transitions).WithOne().HasForeignKey(t => t.SubjectId)
            .HasConstraintName("fk_project_transitions_projects_project_id").OnDelete(DeleteBehavior.Cascade);
        project.Navigation(p => p.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);

        project.HasIndex(p => new { p.Status, p.UpdatedAt });
        project.HasIndex(p => p.SpecificObjective);
    }
}
