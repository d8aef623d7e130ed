namespace BfcNetwork.Contracts;

/// <summary>A joint project is closed: its partnership ends, consumers retire what they derived from it.</summary>
public sealed record CrossBorderProjectClosed(
    Guid ProjectId,
    string Acronym,
    IReadOnlyList<string> PartnerOrganisationIds,
    DateTimeOffset OccurredAt);
