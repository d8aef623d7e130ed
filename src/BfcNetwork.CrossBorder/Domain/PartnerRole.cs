namespace BfcNetwork.CrossBorder.Domain;

/// <summary>Each side has exactly one lead partner (chef de file); the others are partners.</summary>
public enum PartnerRole
{
    Lead,
    Partner,
}
