namespace BfcNetwork.CrossBorder.Domain.Programme;

/// <summary>A specific objective of the EU cohesion regulation (RSO…, ISO…) that the programme opened.</summary>
public sealed class SpecificObjective
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}
