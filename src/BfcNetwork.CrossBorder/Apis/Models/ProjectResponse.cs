using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Domain.Programme;

namespace BfcNetwork.CrossBorder.Apis.Models;

public sealed record ProjectResponse(
    Guid Id,
    string Acronym,
    string Title,
    CodeName? Priority,
    string SpecificObjective,
    string CallId,
    int DurationMonths,
    string? Description,
    ProjectStatus Status,
    DateOnly? EligibilityDate,
    DateOnly? DecisionDate,
    int ModificationNumber,
    IReadOnlyList<PartnerResponse> Partners,
    BudgetOverview Budget,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ProjectResponse From(JointProject project, InterregProgramme programme, ExchangeRate? rate = null) => new(
        project.Id, project.Acronym, project.Title, PriorityOf(project, programme), project.SpecificObjective, project.CallId,
        project.DurationMonths, project.Description, project.Status, project.EligibilityDate, project.DecisionDate,
        project.ModificationNumber, [.. project.OrderedPartners().Select(p => PartnerResponse.From(p, programme))],
        BudgetOverview.From(project, programme, rate), project.CreatedAt, project.UpdatedAt);

    public static CodeName? PriorityOf(JointProject project, InterregProgramme programme) =>
        programme.PriorityOf(project.SpecificObjective) is { } priority ? new CodeName(priority.Code, priority.Name) : null;
}
