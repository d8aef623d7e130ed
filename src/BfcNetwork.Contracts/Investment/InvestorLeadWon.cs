namespace BfcNetwork.Contracts;

/// <summary>
/// A senior investment officer confirmed that a foreign company chose the region. Mobility lists the
/// company as a host for apprentices at <see cref="HostCommune"/>, so the host place travels with it.
/// A confidential lead never names the company: <see cref="CompanyName"/> is null and
/// <see cref="HostLabel"/> is an anonymised label ("Spanish agrifood company").
/// </summary>
public sealed record InvestorLeadWon(
    Guid LeadId,
    string OriginCountry,
    string Sector,
    string InvestmentType,
    string HostIntercommunalityId,
    string HostIntercommunalityName,
    string HostCommune,
    int JobsAnnounced,
    decimal? CapexEur,
    bool Confidential,
    string? CompanyName,
    string HostLabel,
    DateOnly DecisionDate,
    DateTimeOffset OccurredAt);
