using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.BuildingBlocks.Http;

public static class PagingExtensions
{
    /// <summary>Counts the filtered query, then reads one page of it projected to response items.</summary>
    public static async Task<PagedResponse<TItem>> ToPagedResponseAsync<TEntity, TItem>(
        this IQueryable<TEntity> query,
        PageRequest page,
        Expression<Func<TEntity, TItem>> toItem,
        CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(page.Skip).Take(page.PageSize).Select(toItem).ToListAsync(cancellationToken);
        return new PagedResponse<TItem>(items, page.Page, page.PageSize, total);
    }
}
