using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Contracts;
using BfcNetwork.Investment.Domain;

namespace BfcNetwork.Investment.IntegrationEvents;

/// <summary>The events a lead's pipeline publishes, built from its state at the stage change.</summary>
public static class InvestmentIntegrationEvents
{
    public static InvestorLeadWon Won(InvestorLead lead, DateTimeOffset at)
    {
        var host = lead.HostSite ?? throw new InvalidOperationException("A won lead has a host site.");
        var sector = JsonConventions.EnumName(lead.Sector ?? throw new InvalidOperationException("A won lead has a sector."));
        return new InvestorLeadWon(
            lead.Id,
            lead.OriginCountry,
            sector,
            JsonConventions.EnumName(lead.InvestmentType ?? throw new InvalidOperationException("A won lead has an investment type.")),
            host.IntercommunalityId,
            host.IntercommunalityName,
            host.Commune,
            lead.JobsAnnounced ?? 0,
            // Capex leaves the service only when it is disclosed and the lead is not confidential.
            lead.Confidential ? null : lead.CapexEur,
            lead.Confidential,
            lead.Confidential ? null : lead.CompanyName,
            lead.Confidential ? AnonymisedLabels.For(lead.OriginCountry, lead.Sector.Value) : lead.CompanyName,
            lead.ActualDecisionDate ?? throw new InvalidOperationException("A won lead has a decision date."),
            at);
    }

    public static InvestorLeadLost Lost(InvestorLead lead, DateTimeOffset at) => new(
        lead.Id,
        lead.OriginCountry,
        lead.Sector is { } sector ? JsonConventions.EnumName(sector) : null,
        lead.CountryLostTo ?? throw new InvalidOperationException("A lost lead names the country it was lost to."),
        lead.ExitReason,
        at);
}
