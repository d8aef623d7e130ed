namespace BfcNetwork.CrossBorder.Domain;

public enum AuditAction
{
    Decision,
    PartnerAdded,
    PartnerRemoved,
    LeadPartnerChanged,
    ContactRead,
}
