using BfcNetwork.Solidarity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Solidarity.Infrastructure.Configurations;

internal sealed class SolidarityProjectConfiguration : IEntityTypeConfiguration<SolidarityProject>
{
    public void Configure(EntityTypeBuilder<SolidarityProject> project)
    {
        project.ToTable("projects");
        project.HasKey(p => p.Id);
        project.Property(p => p.Id).ValueGeneratedNever();
        project.Property(p => p.Version).IsRowVersion();

        project.Property(p => p.AssociationId).HasMaxLength(Association.MaxIdLength);
        project.HasOne<Association>().WithMany().HasForeignKey(p => p.AssociationId).OnDelete(DeleteBehavior.Restrict);
        project.Property(p => p.Title).HasMaxLength(ProjectLimits.TitleLength);
        project.Property(p => p.Summary).HasMaxLength(ProjectLimits.TextLength);
        project.Property(p => p.BeneficiaryCountry).HasMaxLength(2).IsFixedLength();
        project.Property(p => p.AwarenessActionDescription).HasMaxLength(ProjectLimits.TextLength);
        project.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);

        project.OwnsOne(p => p.Budget);
        project.OwnsMany(p => p.LocalPartners, partners => partners.ToJson());
        project.OwnsMany(p => p.CoFunders, coFunders =>
        {
            coFunders.ToJson();
            coFunders.Property(c => c.Status).HasConversion<string>();
        });

        project.HasMany(p => p.Transitions).WithOne().HasForeignKey(t => t.SubjectId)
            .HasConstraintName("fk_project_transitions_projects_project_id").OnDelete(DeleteBehavior.Cascade);
        project.Navigation(p => p.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The list filters: an association's projects, by status, by country.
        project.HasIndex(p => new { p.AssociationId, p.CreatedAt });
        project.HasIndex(p => new { p.Status, p.CreatedAt });
        project.HasIndex(p => p.BeneficiaryCountry);
    }
}
