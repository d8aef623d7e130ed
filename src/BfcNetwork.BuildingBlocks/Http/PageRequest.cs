namespace BfcNetwork.BuildingBlocks.Http;

/// <summary>A validated page of a list: <c>page</c> from 1, <c>pageSize</c> from 1 to <see cref="MaxPageSize"/>.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Rows before this page; a page far past any list saturates (an empty page) rather than overflowing to a negative offset.</summary>
    public int Skip => (int)Math.Min((long)(Page - 1) * PageSize, int.MaxValue);

    public static PageRequest Create(int? page, int? pageSize, ValidationErrors errors)
    {
        errors.AddIf(page < 1, "page", "Pages are numbered from 1.");
        errors.AddIf(pageSize is < 1 or > MaxPageSize, "pageSize", $"Page size must be between 1 and {MaxPageSize}.");
        return new PageRequest(page ?? 1, pageSize ?? DefaultPageSize);
    }
}
