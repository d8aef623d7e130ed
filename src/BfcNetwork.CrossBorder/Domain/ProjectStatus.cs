namespace BfcNetwork.CrossBorder.Domain;

/// <summary>The Jems application and project states this programme uses.</summary>
public enum ProjectStatus
{
    Draft,
    Submitted,
    ReturnedToApplicant,
    Eligible,
    Ineligible,
    Approved,
    ApprovedWithConditions,
    NotApproved,
    Contracted,
    InModification,
    ModificationSubmitted,
    Closed,
}
