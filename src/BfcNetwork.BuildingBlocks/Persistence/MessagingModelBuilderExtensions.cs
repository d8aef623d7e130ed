using BfcNetwork.BuildingBlocks.Inbox;
using BfcNetwork.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.BuildingBlocks.Persistence;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds the <c>outbox_messages</c> and <c>inbox_messages</c> tables to a service's model.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).UseIdentityAlwaysColumn();
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.Property(m => m.MessageType).HasMaxLength(500);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.AggregateId).HasMaxLength(200);
            outbox.Property(m => m.TraceParent).HasMaxLength(128);
            outbox.Property(m => m.TraceState).HasMaxLength(512);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            // The dispatcher's only query: what is still unpublished, in order.
            outbox.HasIndex(m => m.Id).HasFilter("published_at IS NULL").HasDatabaseName("ix_outbox_messages_unpublished");
            outbox.HasIndex(m => m.AggregateId).HasFilter("parked_at IS NOT NULL AND published_at IS NULL").HasDatabaseName("ix_outbox_messages_parked");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
            inbox.HasIndex(m => m.ProcessedAt);
        });

        return modelBuilder;
    }
}
