namespace BfcNetwork.Solidarity.Domain;

public enum ProjectStatus
{
    Draft,
    Submitted,
    ChangesRequested,
    Approved,
    Rejected,
    Cancelled,
}
