namespace BfcNetwork.Solidarity.Apis.Models;

/// <summary>Registers an association; <c>id</c> defaults to a slug of the name.</summary>
public sealed record AssociationRequest(string? Id, string? Name, string? City);

public sealed record AssociationResponse(string Id, string Name, string City, DateTimeOffset RegisteredAt);
