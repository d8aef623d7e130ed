using BfcNetwork.Contracts;
using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.IntegrationEvents;

/// <summary>The events a project's lifecycle publishes, built from its state at the transition.</summary>
public static class SolidarityIntegrationEvents
{
    public static SolidarityProjectSubmitted Submitted(SolidarityProject project, DateTimeOffset at) => new(
        project.Id, project.AssociationId, project.Title, project.BeneficiaryCountry,
        project.Sdgs, project.DacSectors, project.Budget.RequestedGrant, at);

    public static SolidarityProjectApproved Approved(SolidarityProject project, DateTimeOffset at) => new(
        project.Id, project.AssociationId, project.Title, project.BeneficiaryCountry,
        project.Sdgs, project.DacSectors,
        project.GrantedAmount ?? throw new InvalidOperationException("An approved project has a granted amount."),
        [.. project.LocalPartners.Select(p => new LocalPartnerOrganisation(p.Name, p.Country))],
        at);

    public static SolidarityProjectRejected Rejected(SolidarityProject project, DateTimeOffset at) => new(
        project.Id, project.AssociationId, project.BeneficiaryCountry,
        project.Sdgs, project.DacSectors, project.Budget.RequestedGrant, at);
}
