namespace BfcNetwork.CrossBorder.Apis.Models;

/// <summary>A partner's budget: every amount states its currency, which must be the partner's.</summary>
public sealed record BudgetRequest(MoneyModel? TotalEligibleCost, IReadOnlyList<CoFinancingLineModel>? CoFinancing);

public sealed record MoneyModel(decimal? Amount, string? Currency);

public sealed record CoFinancingLineModel(string? Fund, MoneyModel? Amount);
