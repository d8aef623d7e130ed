using BfcNetwork.Investment.Domain;

namespace BfcNetwork.Investment.Apis.Models;

public sealed record PipelineColumn(LeadStage Stage, int Count, decimal CapexEur, int JobsAnnounced);

public sealed record KpiGroup(string Key, int WonProjects, int JobsAnnounced, int JobsCreated, decimal CapexEur);

public sealed record KpiReport(
    int? Year,
    int WonProjects,
    int JobsAnnounced,
    int JobsCreated,
    IReadOnlyList<KpiGroup> ByOriginCountry,
    IReadOnlyList<KpiGroup> BySector,
    IReadOnlyList<KpiGroup> ByInvestmentType,
    IReadOnlyList<KpiGroup> ByHostIntercommunality,
    IReadOnlyList<StageConversion> Conversion,
    IReadOnlyList<StageDuration> TimeInStage);
