using BfcNetwork.Mobility.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Mobility.Infrastructure.Configurations;

internal sealed class SourceWatermarkConfiguration : IEntityTypeConfiguration<SourceWatermark>
{
    public void Configure(EntityTypeBuilder<SourceWatermark> watermark)
    {
        watermark.ToTable("source_watermarks");
        watermark.HasKey(w => new { w.Source, w.SourceId });
        watermark.Property(w => w.Source).HasConversion<string>().HasMaxLength(16);
        watermark.Property(w => w.SourceId).HasMaxLength(100);
    }
}
