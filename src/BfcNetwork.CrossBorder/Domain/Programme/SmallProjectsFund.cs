namespace BfcNetwork.CrossBorder.Domain.Programme;

/// <summary>The Arc jurassien small-projects fund: a small grant per side, for small budgets only.</summary>
public sealed class SmallProjectsFund
{
    public string FundCode { get; set; } = "arc-jurassien-small";

    /// <summary>Per project and per side, in that side's currency (EUR 10,000 on the French side, CHF 10,000 on the Swiss side).</summary>
    public decimal MaxGrantPerSide { get; set; } = 10_000m;

    /// <summary>The whole project budget, French side converted at the configured rate.</summary>
    public decimal MaxTotalBudgetChf { get; set; } = 100_000m;
}
