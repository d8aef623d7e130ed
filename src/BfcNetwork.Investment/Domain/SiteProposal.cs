using BfcNetwork.BuildingBlocks.Domain;

namespace BfcNetwork.Investment.Domain;

/// <summary>
/// A site an intercommunality offers for a lead shared with it. The lead's owner (or a senior
/// officer) accepts it, and it becomes a candidate site, or declines it.
/// </summary>
public sealed class SiteProposal
{
    public Guid Id { get; private set; }

    public Guid LeadId { get; private set; }

    public string IntercommunalityId { get; private set; } = "";

    public string IntercommunalityName { get; private set; } = "";

    public string SiteName { get; private set; } = "";

    public string Commune { get; private set; } = "";

    public int SurfaceM2 { get; private set; }

    public DateOnly AvailableFrom { get; private set; }

    public string? Note { get; private set; }

    public SiteProposalStatus Status { get; private set; }

    public string ProposedBy { get; private set; } = "";

    public DateTimeOffset ProposedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    private SiteProposal()
    {
    }

    public SiteProposal(
        Guid leadId, string intercommunalityId, string intercommunalityName, string siteName, string commune,
        int surfaceM2, DateOnly availableFrom, string? note, string proposedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        LeadId = leadId;
        IntercommunalityId = intercommunalityId;
        IntercommunalityName = intercommunalityName;
        SiteName = siteName;
        Commune = commune;
        SurfaceM2 = surfaceM2;
        AvailableFrom = availableFrom;
        Note = note;
        Status = SiteProposalStatus.Proposed;
        ProposedBy = proposedBy;
        ProposedAt = now;
    }

    /// <summary>Marks the proposal accepted and returns the candidate site it becomes.</summary>
    public CandidateSite Accept(string userId, DateTimeOffset now)
    {
        Decide(SiteProposalStatus.Accepted, userId, now);
        return new CandidateSite(Id, Commune, IntercommunalityId, IntercommunalityName, SiteName, SurfaceM2, AvailableFrom);
    }

    public void Decline(string userId, DateTimeOffset now) => Decide(SiteProposalStatus.Declined, userId, now);

    private void Decide(SiteProposalStatus outcome, string userId, DateTimeOffset now)
    {
        if (Status != SiteProposalStatus.Proposed)
        {
            throw new DomainConflictException($"The proposal was already {Status.ToString().ToLowerInvariant()}.");
        }

        Status = outcome;
        DecidedBy = userId;
        DecidedAt = now;
    }
}
