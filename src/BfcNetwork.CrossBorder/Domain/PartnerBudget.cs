namespace BfcNetwork.CrossBorder.Domain;

/// <summary>
/// A partner's eligible costs and how they are co-financed, all in one currency: EUR for a French
/// partner, CHF for a Swiss one. The lines must cover 100 % of the costs before submission.
/// </summary>
public sealed class PartnerBudget
{
    public string Currency { get; private set; } = "";

    public decimal TotalEligibleCost { get; private set; }

    public List<CoFinancingLine> CoFinancing { get; private set; } = [];

    private PartnerBudget()
    {
    }

    public PartnerBudget(string currency, decimal totalEligibleCost, IEnumerable<CoFinancingLine> coFinancing)
    {
        Currency = currency;
        TotalEligibleCost = totalEligibleCost;
        CoFinancing = [.. coFinancing];
    }

    public Money Total => new(TotalEligibleCost, Currency);

    public Money CoFinanced => new(CoFinancing.Sum(l => l.Amount), Currency);

    public Money AmountFrom(string fund) => new(CoFinancing.Where(l => l.Fund == fund).Sum(l => l.Amount), Currency);

    /// <summary>The share of the costs an amount represents, 0 to 1 (0 for a budget without costs).</summary>
    public decimal ShareOf(decimal amount) => TotalEligibleCost == 0 ? 0 : amount / TotalEligibleCost;
}
