namespace BfcNetwork.Contracts;

/// <summary>A foreign company chose another country; carries no company name.</summary>
public sealed record InvestorLeadLost(
    Guid LeadId,
    string OriginCountry,
    string? Sector,
    string CountryLostTo,
    string? Reason,
    DateTimeOffset OccurredAt);
