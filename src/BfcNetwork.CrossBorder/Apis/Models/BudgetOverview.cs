using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Domain.Programme;

namespace BfcNetwork.CrossBorder.Apis.Models;

/// <summary>
/// The two sub-budgets side by side, each in its own currency. A combined figure appears only
/// with a dated exchange rate (the caller's or the configured one) and is labelled indicative.
/// </summary>
public sealed record BudgetOverview(SideBudget French, SideBudget Swiss, IndicativeTotal? IndicativeCombined)
{
    public static BudgetOverview From(JointProject project, InterregProgramme programme, ExchangeRate? rate)
    {
        var french = SideBudget.From(project, PartnerSide.FR, programme);
        var swiss = SideBudget.From(project, PartnerSide.CH, programme);
        IndicativeTotal? combined = null;
        if (rate is not null)
        {
            var eur = french.Total + rate.ToEur(swiss.Total);
            combined = new IndicativeTotal(eur, rate,
                $"Indicative only: CHF converted to EUR at {rate.ChfPerEur} CHF per EUR ({rate.Source} rate of {rate.Date:yyyy-MM-dd}). "
                + "The programme manages the EUR and CHF budgets separately.");
        }

        return new BudgetOverview(french, swiss, combined);
    }
}

public sealed record SideBudget(Money Total, IReadOnlyList<FundAmount> ByFund)
{
    public static SideBudget From(JointProject project, PartnerSide side, InterregProgramme programme) => new(
        project.TotalOf(side),
        [.. programme.Funds.Where(f => f.IsOpenTo(side))
            .Select(f => new FundAmount(f.Code, project.FundTotal(f.Code, side)))
            .Where(f => f.Amount.Amount != 0)]);
}

public sealed record FundAmount(string Fund, Money Amount);

public sealed record IndicativeTotal(Money Amount, ExchangeRate Rate, string Label);
