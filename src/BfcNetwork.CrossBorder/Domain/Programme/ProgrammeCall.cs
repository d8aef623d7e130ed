namespace BfcNetwork.CrossBorder.Domain.Programme;

public sealed class ProgrammeCall
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The call's ERDF rate ceiling when lower than the programme's 80 %.</summary>
    public decimal? MaxErdfRate { get; set; }

    public int MaxDurationMonths { get; set; } = 36;

    /// <summary>A call of the Arc jurassien small-projects fund, with its own caps.</summary>
    public bool SmallProjects { get; set; }
}
