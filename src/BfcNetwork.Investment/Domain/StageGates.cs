using BfcNetwork.BuildingBlocks.Http;

namespace BfcNetwork.Investment.Domain;

/// <summary>
/// The fields each pipeline stage needs. Gates are cumulative: reaching a stage requires its own
/// gate and every earlier one, so skipping stages forward is allowed exactly when all the
/// intermediate gates hold.
/// </summary>
public static class StageGates
{
    public static readonly IReadOnlyList<LeadStage> Ordered =
        [LeadStage.Identified, LeadStage.Contacted, LeadStage.Qualified, LeadStage.SiteSearch, LeadStage.Negotiation, LeadStage.Won];

    public static bool IsOrdered(LeadStage stage) => Ordered.Contains(stage);

    public static int Rank(LeadStage stage) => Ordered.ToList().IndexOf(stage);

    /// <summary>What is missing for <paramref name="lead"/> to stand at <paramref name="target"/>, keyed by JSON field.</summary>
    public static ValidationErrors Check(InvestorLead lead, LeadStage target)
    {
        var errors = new ValidationErrors();
        var rank = Rank(target);
        if (rank >= Rank(LeadStage.Qualified))
        {
            errors.AddIf(lead.Sector is null, "sector", "A lead is qualified once its sector is known.");
            errors.AddIf(lead.InvestmentType is null, "investmentType", "A lead is qualified once its investment type is known.");
        }

        if (rank >= Rank(LeadStage.SiteSearch))
        {
            errors.AddIf(lead.CapexEur is null && !lead.CapexNotDisclosed, "capexEur",
                "Give the estimated capex in EUR, or set capexNotDisclosed, before the site search.");
            errors.AddIf(lead.CandidateSites.Count == 0, "candidateSites", "A site search needs at least one candidate site.");
        }

        if (rank >= Rank(LeadStage.Negotiation))
        {
            errors.AddIf(lead.JobsAnnounced is null, "jobsAnnounced", "Negotiation needs the number of jobs announced.");
            errors.AddIf(lead.EstimatedDecisionDate is null, "estimatedDecisionDate", "Negotiation needs an estimated decision date.");
        }

        if (rank >= Rank(LeadStage.Won))
        {
            errors.AddIf(lead.ActualDecisionDate is null, "actualDecisionDate", "A won lead has the date of the company's decision.");
            errors.AddIf(lead.HostSite is null, "hostSiteId", "A won lead names its host site, one of the candidate sites.");
        }

        return errors;
    }
}
