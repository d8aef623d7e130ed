namespace BfcNetwork.Solidarity.Domain;

public sealed record CoFunder(string Name, decimal Amount, CoFundingStatus Status);

public enum CoFundingStatus
{
    Pledged,
    Committed,
}
