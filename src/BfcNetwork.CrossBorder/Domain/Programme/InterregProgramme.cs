namespace BfcNetwork.CrossBorder.Domain.Programme;

/// <summary>
/// Interreg VI France–Suisse reference data (configuration section <c>Programme</c>): priorities,
/// eligible area, funds, calls and caps. It changes with each call and programme amendment, so it
/// lives in configuration; appsettings.json holds the 2021–2027 programme.
/// </summary>
public sealed class InterregProgramme
{
    public const string SectionName = "Programme";

    /// <summary>The programme regulation's ceiling; a call may only lower it.</summary>
    public const decimal ProgrammeMaxErdfRate = 0.80m;

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public List<ProgrammePriority> Priorities { get; set; } = [];

    public List<EligibleTerritory> Departements { get; set; } = [];

    public List<EligibleTerritory> Cantons { get; set; } = [];

    public List<ProgrammeFund> Funds { get; set; } = [];

    public List<ProgrammeCall> Calls { get; set; } = [];

    public SmallProjectsFund SmallProjects { get; set; } = new();

    /// <summary>Used only to show an indicative EUR figure of a whole project; never for a rule on a single currency.</summary>
    public ExchangeRate? IndicativeExchangeRate { get; set; }

    public ProgrammePriority? PriorityOf(string specificObjective) =>
        Priorities.FirstOrDefault(p => p.SpecificObjectives.Any(o => o.Code == specificObjective));

    public SpecificObjective? FindSpecificObjective(string code) =>
        Priorities.SelectMany(p => p.SpecificObjectives).FirstOrDefault(o => o.Code == code);

    public ProgrammeCall? FindCall(string id) => Calls.FirstOrDefault(c => c.Id == id);

    public ProgrammeFund? FindFund(string code) => Funds.FirstOrDefault(f => f.Code == code);

    public EligibleTerritory? FindEligibleTerritory(PartnerSide side, string code) =>
        (side == PartnerSide.FR ? Departements : Cantons).FirstOrDefault(t => t.Code == code);

    /// <summary>The call's ERDF ceiling, never above the programme's.</summary>
    public decimal MaxErdfRate(ProgrammeCall call) => Math.Min(call.MaxErdfRate ?? ProgrammeMaxErdfRate, ProgrammeMaxErdfRate);
}
