namespace BfcNetwork.CrossBorder.Apis.Models;

/// <summary>
/// A joint project's own fields. <see cref="Partners"/> is read on creation only; afterwards
/// partners are added, revised and removed through <c>/partners</c>.
/// </summary>
public sealed record ProjectRequest(
    string? Acronym,
    string? Title,
    string? SpecificObjective,
    string? CallId,
    int? DurationMonths,
    string? Description,
    IReadOnlyList<PartnerRequest>? Partners = null);
