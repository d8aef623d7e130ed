namespace BfcNetwork.CrossBorder.Domain;

/// <summary>
/// An amount with its currency. Adding two amounts of different currencies throws: the French
/// (EUR) and Swiss (CHF) sub-budgets are never summed, only converted explicitly at a dated rate.
/// </summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new(0m, currency);

    public static Money operator +(Money left, Money right) => left.Currency == right.Currency
        ? new Money(left.Amount + right.Amount, left.Currency)
        : throw new InvalidOperationException($"Cannot add {right.Currency} to {left.Currency} without an exchange rate.");
}
