namespace BfcNetwork.CrossBorder.Domain;

public sealed record ProjectDetails(
    string Acronym,
    string Title,
    string SpecificObjective,
    string CallId,
    int DurationMonths,
    string? Description);
