using BfcNetwork.CrossBorder.Domain;

namespace BfcNetwork.CrossBorder.Apis.Models;

/// <summary>An entry of the programme's published list of operations: organisations and amounts, no people.</summary>
public sealed record PublicOperation(
    Guid Id,
    string Acronym,
    string Title,
    CodeName? Priority,
    string SpecificObjective,
    ProjectStatus Status,
    DateOnly? DecisionDate,
    IReadOnlyList<PublicPartner> Partners,
    IReadOnlyList<Money> Amounts,
    Money Erdf);

public sealed record PublicPartner(string Name, PartnerSide Side, string Territory, PartnerRole Role);
