namespace BfcNetwork.Investment.Domain;

public enum SiteProposalStatus
{
    Proposed,
    Accepted,
    Declined,
}
