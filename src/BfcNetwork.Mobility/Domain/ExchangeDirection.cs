namespace BfcNetwork.Mobility.Domain;

public enum ExchangeDirection
{
    Outgoing,
    Incoming,
}
