namespace BfcNetwork.CrossBorder.Domain;

public static class Currencies
{
    public const string Eur = "EUR";
    public const string Chf = "CHF";

    /// <summary>French partners are budgeted in EUR, Swiss partners in CHF.</summary>
    public static string Of(PartnerSide side) => side == PartnerSide.FR ? Eur : Chf;
}
