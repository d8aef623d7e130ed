namespace BfcNetwork.Mobility.Apis.Models;

/// <summary>An organisation with its ISO 3166-1 alpha-2 country and its city.</summary>
public sealed record PlaceModel(string? OrganisationName, string? Country, string? City);
