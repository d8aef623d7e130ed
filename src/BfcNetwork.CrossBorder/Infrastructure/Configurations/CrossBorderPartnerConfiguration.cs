using BfcNetwork.CrossBorder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.CrossBorder.Infrastructure.Configurations;

internal sealed class CrossBorderPartnerConfiguration : IEntityTypeConfiguration<CrossBorderPartner>
{
    public void Configure(EntityTypeBuilder<CrossBorderPartner> partner)
    {
        partner.ToTable("partners");
        partner.HasKey(p => p.Id);
        partner.Property(p => p.Id).ValueGeneratedNever();
        partner.Property(p => p.OrganisationId).HasMaxLength(ProjectLimits.OrganisationIdLength);
        partner.Property(p => p.OrganisationName).HasMaxLength(ProjectLimits.NameLength);
        partner.Property(p => p.ShortName).HasMaxLength(ProjectLimits.ShortNameLength);
        partner.Property(p => p.Side).HasConversion<string>().HasMaxLength(2);
        partner.Property(p => p.Territory).HasMaxLength(3);
        partner.Property(p => p.OutsideAreaJustification).HasMaxLength(ProjectLimits.NoteLength);
        partner.Property(p => p.LegalStatus).HasConversion<string>().HasMaxLength(32);
        partner.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);

        partner.OwnsOne(p => p.Contact, contact => contact.ToJson());
        partner.OwnsOne(p => p.Budget, budget =>
        {
            budget.ToJson();
            budget.OwnsMany(b => b.CoFinancing);
        });

        // One record per organisation in a project; the partner users' scope reads this index.
        partner.HasIndex(p => new { p.ProjectId, p.OrganisationId }).IsUnique();
        partner.HasIndex(p => p.OrganisationId);
    }
}
