namespace BfcNetwork.Solidarity.Domain;

/// <summary>An organisation in the beneficiary country carrying the project with the association.</summary>
public sealed record LocalPartner(string Name, string Country, bool AgreementSigned);
