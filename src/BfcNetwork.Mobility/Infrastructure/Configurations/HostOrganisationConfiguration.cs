using BfcNetwork.Mobility.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Mobility.Infrastructure.Configurations;

internal sealed class HostOrganisationConfiguration : IEntityTypeConfiguration<HostOrganisation>
{
    public void Configure(EntityTypeBuilder<HostOrganisation> host)
    {
        host.ToTable("hosts");
        host.HasKey(h => h.Id);
        host.Property(h => h.Id).ValueGeneratedNever();
        host.Property(h => h.Source).HasConversion<string>().HasMaxLength(16);
        host.Property(h => h.SourceId).HasMaxLength(100);
        host.Property(h => h.OrganisationKey).HasMaxLength(200);
        host.Property(h => h.Kind).HasConversion<string>().HasMaxLength(32);
        host.Property(h => h.Name).HasMaxLength(200);
        host.Property(h => h.Country).HasMaxLength(2);
        host.Property(h => h.Place).HasMaxLength(100);
        host.Property(h => h.Reference).HasMaxLength(300);
        // One entry per organisation and source record, whatever the number of deliveries or replays.
        host.HasIndex(h => new { h.Source, h.SourceId, h.OrganisationKey }).IsUnique();
        host.HasIndex(h => new { h.Country, h.Kind });
    }
}
