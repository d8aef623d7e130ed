namespace BfcNetwork.Mobility.Domain;

/// <summary>One status change of an exchange: who, when, why.</summary>
public sealed class ExchangeTransition
{
    private ExchangeTransition()
    {
    }

    internal ExchangeTransition(Guid exchangeId, ExchangeStatus? from, ExchangeStatus to, string changedBy, DateTimeOffset at, string? note)
    {
        ExchangeId = exchangeId;
        From = from;
        To = to;
        ChangedBy = changedBy;
        ChangedAt = at;
        Note = note;
    }

    public long Id { get; private set; }

    public Guid ExchangeId { get; private set; }

    public ExchangeStatus? From { get; private set; }

    public ExchangeStatus To { get; private set; }

    public string ChangedBy { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public string? Note { get; private set; }
}
