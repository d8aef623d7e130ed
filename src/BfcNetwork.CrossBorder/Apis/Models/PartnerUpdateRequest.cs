using BfcNetwork.CrossBorder.Domain;

namespace BfcNetwork.CrossBorder.Apis.Models;

/// <summary>What a partner revises about itself; organisation, side and role are not in it.</summary>
public sealed record PartnerUpdateRequest(
    string? OrganisationName,
    string? ShortName,
    string? Territory,
    string? OutsideAreaJustification,
    LegalStatus? LegalStatus,
    ContactModel? Contact);
