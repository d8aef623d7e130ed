namespace BfcNetwork.Mobility.Domain;

public enum ExchangeStatus
{
    Draft,
    Planned,
    Confirmed,
    InProgress,
    Completed,
    Cancelled,
}
