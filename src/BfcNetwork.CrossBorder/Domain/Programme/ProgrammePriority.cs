namespace BfcNetwork.CrossBorder.Domain.Programme;

public sealed class ProgrammePriority
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public List<SpecificObjective> SpecificObjectives { get; set; } = [];
}
