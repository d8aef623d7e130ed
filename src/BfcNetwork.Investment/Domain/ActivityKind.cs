namespace BfcNetwork.Investment.Domain;

public enum ActivityKind
{
    Call,
    Email,
    Meeting,
    SiteVisit,
}
