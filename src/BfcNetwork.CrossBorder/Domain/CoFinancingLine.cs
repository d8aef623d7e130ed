namespace BfcNetwork.CrossBorder.Domain;

/// <summary>One source of a partner's co-financing, in the partner's currency.</summary>
public sealed record CoFinancingLine(string Fund, decimal Amount);
