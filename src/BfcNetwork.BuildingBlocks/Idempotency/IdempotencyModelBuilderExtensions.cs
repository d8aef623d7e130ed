using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.BuildingBlocks.Idempotency;

public static class IdempotencyModelBuilderExtensions
{
    /// <summary>Adds the <c>idempotency_keys</c> table, which <see cref="IdempotentCreateFilter"/> writes raw SQL against.</summary>
    public static ModelBuilder AddIdempotencyKeys(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdempotencyKey>(key =>
        {
            key.ToTable("idempotency_keys");
            key.HasKey(k => new { k.Subject, k.Operation, k.Key });
            key.Property(k => k.Subject).HasMaxLength(200);
            key.Property(k => k.Operation).HasMaxLength(300);
            key.Property(k => k.Key).HasMaxLength(IdempotencyKey.MaxKeyLength);
            key.Property(k => k.Fingerprint).HasMaxLength(64).IsFixedLength();
            key.Property(k => k.Location).HasMaxLength(2000);
            key.Property(k => k.ETag).HasMaxLength(200).HasColumnName("etag");
            key.Property(k => k.ContentType).HasMaxLength(200);
            // The purge's only query.
            key.HasIndex(k => k.ExpiresAt);
        });

        return modelBuilder;
    }
}
