namespace BfcNetwork.CrossBorder.Domain;

/// <summary>The partner's contact person: personal data, read through its own audited endpoint only.</summary>
public sealed record PartnerContact(string Name, string Email, string? Phone);
