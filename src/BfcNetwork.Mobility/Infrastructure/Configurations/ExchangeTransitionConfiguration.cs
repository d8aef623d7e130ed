using BfcNetwork.Mobility.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Mobility.Infrastructure.Configurations;

internal sealed class ExchangeTransitionConfiguration : IEntityTypeConfiguration<ExchangeTransition>
{
    public void Configure(EntityTypeBuilder<ExchangeTransition> transition)
    {
        transition.ToTable("exchange_transitions");
        transition.HasKey(t => t.Id);
        transition.Property(t => t.Id).UseIdentityAlwaysColumn();
        transition.Property(t => t.From).HasConversion<string>().HasMaxLength(16);
        transition.Property(t => t.To).HasConversion<string>().HasMaxLength(16);
        transition.Property(t => t.ChangedBy).HasMaxLength(ExchangeLimits.NameLength);
        transition.Property(t => t.Note).HasMaxLength(ExchangeLimits.NoteLength);
        transition.HasIndex(t => new { t.ExchangeId, t.Id });
    }
}
