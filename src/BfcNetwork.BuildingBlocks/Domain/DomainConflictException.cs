namespace BfcNetwork.BuildingBlocks.Domain;

/// <summary>
/// An operation that is well formed but not allowed in the resource's current state, such as an
/// illegal lifecycle transition. Answered with 409 problem details.
/// </summary>
public sealed class DomainConflictException(string message) : Exception(message);
