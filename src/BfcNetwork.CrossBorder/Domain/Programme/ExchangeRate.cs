namespace BfcNetwork.CrossBorder.Domain.Programme;

/// <summary>A dated EUR/CHF rate: 1 EUR = <see cref="ChfPerEur"/> CHF on <see cref="Date"/>.</summary>
public sealed record ExchangeRate
{
    public decimal ChfPerEur { get; init; }

    public DateOnly Date { get; init; }

    public string Source { get; init; } = "configured";

    public Money ToEur(Money chf) => chf.Currency == Currencies.Chf
        ? new Money(decimal.Round(chf.Amount / ChfPerEur, 2), Currencies.Eur)
        : throw new InvalidOperationException($"Only CHF converts to EUR, not {chf.Currency}.");

    public Money ToChf(Money eur) => eur.Currency == Currencies.Eur
        ? new Money(decimal.Round(eur.Amount * ChfPerEur, 2), Currencies.Chf)
        : throw new InvalidOperationException($"Only EUR converts to CHF, not {eur.Currency}.");
}
