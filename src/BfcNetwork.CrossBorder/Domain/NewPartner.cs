namespace BfcNetwork.CrossBorder.Domain;

public sealed record NewPartner(string OrganisationId, PartnerSide Side, PartnerRole Role, PartnerDetails Details, PartnerBudget? Budget);
