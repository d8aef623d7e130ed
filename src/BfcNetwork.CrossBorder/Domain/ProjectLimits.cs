namespace BfcNetwork.CrossBorder.Domain;

/// <summary>Column sizes and bounds, shared by validation and the database schema.</summary>
public static class ProjectLimits
{
    public const int AcronymLength = 20;
    public const int TitleLength = 250;
    public const int TextLength = 5000;
    public const int NoteLength = 2000;
    public const int NameLength = 200;
    public const int ShortNameLength = 15;
    public const int OrganisationIdLength = 64;
    public const int CodeLength = 32;
    public const int MaxPartners = 30;
    public const int MaxCoFinancingLines = 10;
    public const decimal MaxAmount = 100_000_000m;
}
