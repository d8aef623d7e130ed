namespace BfcNetwork.Solidarity.Domain;

/// <summary>Field lengths shared by validation and the database columns.</summary>
public static class ProjectLimits
{
    public const int TitleLength = 200;
    public const int TextLength = 4000;
    public const int NameLength = 200;
    public const int CommentLength = 2000;
    public const int MaxListItems = 50;

    /// <summary>Amounts are stored as numeric(14,2): keep well inside it.</summary>
    public const decimal MaxAmount = 1_000_000_000m;
}
