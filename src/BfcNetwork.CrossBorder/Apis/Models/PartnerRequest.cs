using BfcNetwork.CrossBorder.Domain;

namespace BfcNetwork.CrossBorder.Apis.Models;

/// <summary>A new partner of a joint project, with its budget if it is already known.</summary>
public sealed record PartnerRequest(
    string? OrganisationId,
    string? OrganisationName,
    string? ShortName,
    PartnerSide? Side,
    string? Territory,
    string? OutsideAreaJustification,
    LegalStatus? LegalStatus,
    PartnerRole? Role,
    ContactModel? Contact,
    BudgetRequest? Budget);
