using BfcNetwork.Investment.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Investment.Infrastructure.Configurations;

internal sealed class InvestorLeadConfiguration : IEntityTypeConfiguration<InvestorLead>
{
    public void Configure(EntityTypeBuilder<InvestorLead> lead)
    {
        lead.ToTable("leads");
        lead.HasKey(l => l.Id);
        lead.Property(l => l.Id).ValueGeneratedNever();
        lead.Property(l => l.Version).IsRowVersion();

        lead.Property(l => l.CompanyName).HasMaxLength(LeadLimits.NameLength);
        lead.Property(l => l.NormalisedCompanyName).HasMaxLength(LeadLimits.NameLength);
        lead.Property(l => l.OriginCountry).HasMaxLength(2).IsFixedLength();
        lead.Property(l => l.Sector).HasConversion<string>().HasMaxLength(32);
        lead.Property(l => l.InvestmentType).HasConversion<string>().HasMaxLength(32);
        lead.Property(l => l.Description).HasMaxLength(LeadLimits.TextLength);
        lead.Property(l => l.AnonymisedDescription).HasMaxLength(LeadLimits.TextLength);
        lead.Property(l => l.Needs).HasMaxLength(LeadLimits.ShortTextLength);
        lead.Property(l => l.OwnerId).HasMaxLength(LeadLimits.UserIdLength);
        lead.Property(l => l.Stage).HasConversion<string>().HasMaxLength(32);
        lead.Property(l => l.StageBeforeHold).HasConversion<string>().HasMaxLength(32);
        lead.Property(l => l.ExitReason).HasMaxLength(LeadLimits.ShortTextLength);
        lead.Property(l => l.CountryLostTo).HasMaxLength(2).IsFixedLength();

        lead.OwnsMany(l => l.CandidateSites, sites => sites.ToJson());
        lead.Ignore(l => l.HostSite);

        lead.HasMany(l => l.StageChanges).WithOne().HasForeignKey(c => c.SubjectId)
            .HasConstraintName("fk_stage_changes_leads_lead_id").OnDelete(DeleteBehavior.Cascade);
        lead.Navigation(l => l.StageChanges).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Duplicate detection looks up open leads by comparable name and country.
        lead.HasIndex(l => new { l.NormalisedCompanyName, l.OriginCountry });
        // The list filters and the board.
        lead.HasIndex(l => new { l.Stage, l.UpdatedAt });
        lead.HasIndex(l => l.Sector);
        lead.HasIndex(l => l.OwnerId);
        // Interco officers' reads: "leads shared with my EPCI".
        lead.HasIndex(l => l.SharedWith).HasMethod("gin");
    }
}
