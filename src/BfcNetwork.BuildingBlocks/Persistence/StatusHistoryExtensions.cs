using BfcNetwork.BuildingBlocks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.BuildingBlocks.Persistence;

public static class StatusHistoryExtensions
{
    /// <summary>
    /// Maps a lifecycle history to its own append-only table: states as strings, the subject's id
    /// in <paramref name="subjectColumn"/>, read back in insertion order per subject.
    /// </summary>
    public static EntityTypeBuilder<StatusTransition<TStatus>> ToStatusHistory<TStatus>(
        this EntityTypeBuilder<StatusTransition<TStatus>> transition, string table, string subjectColumn, int noteLength, string noteColumn = "note")
        where TStatus : struct, Enum
    {
        transition.ToTable(table);
        transition.HasKey(t => t.Id);
        transition.Property(t => t.Id).UseIdentityAlwaysColumn();
        transition.Property(t => t.SubjectId).HasColumnName(subjectColumn);
        transition.Property(t => t.From).HasConversion<string>().HasMaxLength(32);
        transition.Property(t => t.To).HasConversion<string>().HasMaxLength(32);
        transition.Property(t => t.ChangedBy).HasMaxLength(200);
        transition.Property(t => t.Note).HasMaxLength(noteLength).HasColumnName(noteColumn);
        transition.HasIndex(t => new { t.SubjectId, t.Id });
        return transition;
    }
}
