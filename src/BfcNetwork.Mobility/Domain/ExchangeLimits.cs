namespace BfcNetwork.Mobility.Domain;

public static class ExchangeLimits
{
    public const int TitleLength = 200;
    public const int NameLength = 200;
    public const int CityLength = 100;
    public const int CountryLength = 2;
    public const int NoteLength = 2000;
    public const int OrganisationIdLength = 100;
    public const int MaxGroupSize = 5000;
}
