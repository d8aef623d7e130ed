using BfcNetwork.CrossBorder.Domain;

namespace BfcNetwork.CrossBorder.Apis.Models;

/// <summary>A line of the project list: the two sub-budgets stay in their own currencies.</summary>
public sealed record ProjectSummary(
    Guid Id,
    string Acronym,
    string Title,
    string SpecificObjective,
    string CallId,
    ProjectStatus Status,
    int Partners,
    Money FrenchTotal,
    Money SwissTotal,
    DateTimeOffset UpdatedAt);
