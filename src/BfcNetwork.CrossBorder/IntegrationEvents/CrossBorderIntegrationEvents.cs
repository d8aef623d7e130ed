using BfcNetwork.Contracts;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Domain.Programme;

namespace BfcNetwork.CrossBorder.IntegrationEvents;

/// <summary>The events a joint project's lifecycle publishes; EUR and CHF figures always travel apart.</summary>
public static class CrossBorderIntegrationEvents
{
    public static CrossBorderProjectApproved Approved(JointProject project, string priority, DateTimeOffset at) => new(
        project.Id, project.Acronym, project.Title, priority, project.SpecificObjective, Partners(project),
        project.TotalOf(PartnerSide.FR).Amount, project.TotalOf(PartnerSide.CH).Amount,
        project.FundTotal(ProgrammeFund.Erdf, PartnerSide.FR).Amount,
        project.Status == ProjectStatus.ApprovedWithConditions,
        project.DecisionDate ?? throw new InvalidOperationException("An approved project has a decision date."),
        at);

    public static CrossBorderProjectContracted Contracted(JointProject project, string priority, DateTimeOffset at) => new(
        project.Id, project.Acronym, priority, Partners(project),
        project.TotalOf(PartnerSide.FR).Amount, project.TotalOf(PartnerSide.CH).Amount, project.ModificationNumber, at);

    public static CrossBorderProjectClosed Closed(JointProject project, DateTimeOffset at) => new(
        project.Id, project.Acronym, [.. project.OrderedPartners().Select(p => p.OrganisationId)], at);

    private static IReadOnlyList<CrossBorderPartnerOrganisation> Partners(JointProject project) =>
        [.. project.OrderedPartners().Select(p => new CrossBorderPartnerOrganisation(p.OrganisationId, p.OrganisationName, p.Side.ToString(), p.Territory, p.IsLead))];
}
