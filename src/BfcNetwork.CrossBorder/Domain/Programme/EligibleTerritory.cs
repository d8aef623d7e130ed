namespace BfcNetwork.CrossBorder.Domain.Programme;

/// <summary>A département or canton of the programme area; <see cref="JuraArc"/> marks the Arc jurassien part of it.</summary>
public sealed class EligibleTerritory
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public bool JuraArc { get; set; }
}
