namespace BfcNetwork.Contracts;

/// <summary>
/// A partner organisation of a joint Interreg project (an organisation, never a person).
/// <paramref name="Side"/> is <c>FR</c> or <c>CH</c>; <paramref name="Territory"/> the French
/// département code or the Swiss canton code it sits in.
/// </summary>
public sealed record CrossBorderPartnerOrganisation(
    string OrganisationId,
    string Name,
    string Side,
    string Territory,
    bool IsLeadPartner);
