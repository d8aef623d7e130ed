namespace BfcNetwork.CrossBorder.Domain;

public enum LegalStatus
{
    LocalAuthority,
    PublicBody,
    Association,
    Company,
    UniversityOrResearch,
    Other,
}
