using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BfcNetwork.BuildingBlocks.Persistence;

/// <summary>
/// Makes a change to an aggregate's children (rows its root reaches through a navigation: a
/// project's partners, an exchange's participants) also update the root's row. PostgreSQL checks a
/// root's <c>xmin</c> version only when that row is updated; without this, two edits of the same
/// version that touch only children would both win, whatever the If-Match said.
/// </summary>
internal sealed class AggregateVersionInterceptor : ISaveChangesInterceptor
{
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        TouchRootsOfChangedChildren(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        TouchRootsOfChangedChildren(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void TouchRootsOfChangedChildren(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !e.Metadata.IsOwned())
            .ToList();
        foreach (var child in changed)
        {
            foreach (var foreignKey in child.Metadata.GetForeignKeys().Where(IsAggregateLink))
            {
                if (FindTrackedPrincipal(context, child, foreignKey) is { State: EntityState.Unchanged } root)
                {
                    // Every column rewritten with its own value: the UPDATE carries the xmin check.
                    root.State = EntityState.Modified;
                }
            }
        }
    }

    /// <summary>The root holds the child in a navigation, and its rows are versioned.</summary>
    private static bool IsAggregateLink(IForeignKey foreignKey) =>
        foreignKey.PrincipalToDependent is not null
        && foreignKey.PrincipalEntityType.GetProperties().Any(p => p.IsConcurrencyToken && p.ValueGenerated == ValueGenerated.OnAddOrUpdate);

    private static EntityEntry? FindTrackedPrincipal(DbContext context, EntityEntry child, IForeignKey foreignKey)
    {
        var values = foreignKey.Properties
            .Select(p => child.State == EntityState.Deleted ? child.Property(p.Name).OriginalValue : child.Property(p.Name).CurrentValue)
            .ToArray();
        return context.ChangeTracker.Entries()
            .FirstOrDefault(e => e.Metadata == foreignKey.PrincipalEntityType
                && foreignKey.PrincipalKey.Properties.Select(k => e.Property(k.Name).CurrentValue).SequenceEqual(values));
    }
}
