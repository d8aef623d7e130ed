using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.BuildingBlocks.Idempotency;

/// <summary>The request's own service context, so the key row and the handler's writes share one transaction.</summary>
internal sealed class IdempotencyDatabase(DbContext context)
{
    public DbContext Context { get; } = context;
}
