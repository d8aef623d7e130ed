namespace BfcNetwork.CrossBorder.Domain;

/// <summary>What a partner may revise about itself; its organisation and side never change.</summary>
public sealed record PartnerDetails(
    string OrganisationName,
    string ShortName,
    string Territory,
    string? OutsideAreaJustification,
    LegalStatus LegalStatus,
    PartnerContact? Contact);
