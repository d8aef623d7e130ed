using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Domain.Programme;

namespace BfcNetwork.CrossBorder.Apis.Models;

/// <summary>A partner as every reader of the project sees it; the contact person is behind its own audited endpoint.</summary>
public sealed record PartnerResponse(
    Guid Id,
    string OrganisationId,
    string OrganisationName,
    string ShortName,
    PartnerSide Side,
    string Territory,
    bool InsideProgrammeArea,
    bool JuraArc,
    string? OutsideAreaJustification,
    LegalStatus LegalStatus,
    PartnerRole Role,
    bool HasContact,
    PartnerBudgetResponse? Budget)
{
    public static PartnerResponse From(CrossBorderPartner partner, InterregProgramme programme)
    {
        var territory = programme.FindEligibleTerritory(partner.Side, partner.Territory);
        return new PartnerResponse(
            partner.Id, partner.OrganisationId, partner.OrganisationName, partner.ShortName, partner.Side, partner.Territory,
            territory is not null, territory?.JuraArc ?? false, partner.OutsideAreaJustification, partner.LegalStatus,
            partner.Role, partner.Contact is not null, PartnerBudgetResponse.From(partner.Budget));
    }
}

public sealed record PartnerBudgetResponse(Money TotalEligibleCost, IReadOnlyList<CoFinancingLineResponse> CoFinancing, decimal CoveredPercent)
{
    public static PartnerBudgetResponse? From(PartnerBudget? budget) => budget is null ? null : new(
        budget.Total,
        [.. budget.CoFinancing.Select(l => new CoFinancingLineResponse(l.Fund, new Money(l.Amount, budget.Currency), Percent(budget, l.Amount)))],
        Percent(budget, budget.CoFinanced.Amount));

    private static decimal Percent(PartnerBudget budget, decimal amount) => decimal.Round(budget.ShareOf(amount) * 100, 2);
}

public sealed record CoFinancingLineResponse(string Fund, Money Amount, decimal Percent);
