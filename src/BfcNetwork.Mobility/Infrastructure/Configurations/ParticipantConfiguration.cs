using BfcNetwork.Mobility.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Mobility.Infrastructure.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> participant)
    {
        participant.ToTable("participants");
        participant.HasKey(p => p.Id);
        participant.Property(p => p.Id).ValueGeneratedNever();
        participant.Property(p => p.Category).HasConversion<string>().HasMaxLength(16);
        participant.Property(p => p.AgeBand).HasConversion<string>().HasMaxLength(16);
        participant.Ignore(p => p.IsMinor);
    }
}
