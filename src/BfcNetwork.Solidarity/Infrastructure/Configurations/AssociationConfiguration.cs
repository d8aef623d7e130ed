using BfcNetwork.Solidarity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Solidarity.Infrastructure.Configurations;

internal sealed class AssociationConfiguration : IEntityTypeConfiguration<Association>
{
    public void Configure(EntityTypeBuilder<Association> association)
    {
        association.ToTable("associations");
        association.HasKey(a => a.Id);
        association.Property(a => a.Id).HasMaxLength(Association.MaxIdLength);
        association.Property(a => a.Name).HasMaxLength(200);
        association.Property(a => a.City).HasMaxLength(100);
        association.Property(a => a.RegisteredBy).HasMaxLength(200);
    }
}
