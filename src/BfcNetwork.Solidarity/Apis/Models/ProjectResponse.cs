using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.Apis.Models;

public sealed record ProjectResponse(
    Guid Id,
    string AssociationId,
    string Title,
    string Summary,
    string BeneficiaryCountry,
    IReadOnlyList<LocalPartnerModel> LocalPartners,
    IReadOnlyList<int> Sdgs,
    IReadOnlyList<string> DacSectors,
    DateOnly StartDate,
    DateOnly EndDate,
    bool HasAwarenessAction,
    string? AwarenessActionDescription,
    bool InvolvesInternationalVolunteers,
    BudgetModel Budget,
    decimal? GrantedAmount,
    ProjectStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ProjectResponse From(SolidarityProject project) => new(
        project.Id,
        project.AssociationId,
        project.Title,
        project.Summary,
        project.BeneficiaryCountry,
        [.. project.LocalPartners.Select(p => new LocalPartnerModel(p.Name, p.Country, p.AgreementSigned))],
        project.Sdgs,
        project.DacSectors,
        project.StartDate,
        project.EndDate,
        project.HasAwarenessAction,
        project.AwarenessActionDescription,
        project.InvolvesInternationalVolunteers,
        new BudgetModel(
            project.Budget.EligibleCosts,
            project.Budget.OwnFunds,
            project.Budget.RequestedGrant,
            [.. project.CoFunders.Select(c => new CoFunderModel(c.Name, c.Amount, c.Status))]),
        project.GrantedAmount,
        project.Status,
        project.CreatedAt,
        project.UpdatedAt);
}
