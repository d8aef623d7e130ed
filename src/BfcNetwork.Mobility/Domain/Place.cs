namespace BfcNetwork.Mobility.Domain;

/// <summary>A sending or receiving organisation: its name, ISO 3166-1 alpha-2 country and city.</summary>
public sealed record Place(string OrganisationName, string Country, string City);
