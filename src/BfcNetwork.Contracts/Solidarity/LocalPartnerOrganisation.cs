namespace BfcNetwork.Contracts;

/// <summary>An organisation in the beneficiary country that carries a solidarity project with the association.</summary>
public sealed record LocalPartnerOrganisation(string Name, string Country);
