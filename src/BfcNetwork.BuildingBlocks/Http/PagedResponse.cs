namespace BfcNetwork.BuildingBlocks.Http;

/// <summary>One page of a list, with the total count of matching items.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
