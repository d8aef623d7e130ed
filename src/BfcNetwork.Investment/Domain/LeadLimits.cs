namespace BfcNetwork.Investment.Domain;

/// <summary>Column lengths, shared by the validators and the database configuration.</summary>
public static class LeadLimits
{
    public const int NameLength = 200;
    public const int TextLength = 4000;
    public const int ShortTextLength = 500;
    public const int IdLength = 100;
    public const int UserIdLength = 200;
    public const int MaxListItems = 50;
}
