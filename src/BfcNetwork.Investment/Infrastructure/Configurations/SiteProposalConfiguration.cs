using BfcNetwork.Investment.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Investment.Infrastructure.Configurations;

internal sealed class SiteProposalConfiguration : IEntityTypeConfiguration<SiteProposal>
{
    public void Configure(EntityTypeBuilder<SiteProposal> proposal)
    {
        proposal.ToTable("site_proposals");
        proposal.HasKey(p => p.Id);
        proposal.Property(p => p.Id).ValueGeneratedNever();
        proposal.Property(p => p.IntercommunalityId).HasMaxLength(LeadLimits.IdLength);
        proposal.Property(p => p.IntercommunalityName).HasMaxLength(LeadLimits.NameLength);
        proposal.Property(p => p.SiteName).HasMaxLength(LeadLimits.NameLength);
        proposal.Property(p => p.Commune).HasMaxLength(LeadLimits.NameLength);
        proposal.Property(p => p.Note).HasMaxLength(LeadLimits.TextLength);
        proposal.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        proposal.Property(p => p.ProposedBy).HasMaxLength(LeadLimits.UserIdLength);
        proposal.Property(p => p.DecidedBy).HasMaxLength(LeadLimits.UserIdLength);
        proposal.HasOne<InvestorLead>().WithMany().HasForeignKey(p => p.LeadId).OnDelete(DeleteBehavior.Cascade);
        proposal.HasIndex(p => new { p.LeadId, p.IntercommunalityId });
    }
}
