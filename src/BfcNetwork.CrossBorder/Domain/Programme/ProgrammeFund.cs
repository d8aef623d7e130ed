namespace BfcNetwork.CrossBorder.Domain.Programme;

/// <summary>
/// A source of co-financing. <see cref="Side"/> restricts it to French or Swiss partners (ERDF is
/// EU money for French partners only; NPR and cantonal money for Swiss partners only); a fund
/// open to both sides (own funds) is paid in the partner's currency.
/// </summary>
public sealed class ProgrammeFund
{
    public const string Erdf = "erdf";

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public PartnerSide? Side { get; set; }

    public bool IsOpenTo(PartnerSide side) => Side is null || Side == side;
}
