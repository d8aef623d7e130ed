namespace BfcNetwork.Investment.Domain;

/// <summary>Stage-to-stage conversion from one ordered stage to the next.</summary>
public sealed record StageConversion(LeadStage From, LeadStage To, int Entered, int Progressed, double? Rate);

/// <summary>Median days spent in a stage, over the stays that have ended.</summary>
public sealed record StageDuration(LeadStage Stage, int CompletedStays, double? MedianDays);

/// <summary>
/// Conversion and time in stage, computed from the stage log alone. A lead "reached" a stage when
/// the log ever took it to that stage or a later ordered one (so a skipped stage counts as passed).
/// </summary>
public static class PipelineStatistics
{
    public static IReadOnlyList<StageConversion> Conversion(IEnumerable<StageChange> log)
    {
        var furthest = log
            .Where(c => StageGates.IsOrdered(c.To))
            .GroupBy(c => c.SubjectId)
            .Select(g => g.Max(c => StageGates.Rank(c.To)))
            .ToList();

        var ordered = StageGates.Ordered;
        return [.. Enumerable.Range(0, ordered.Count - 1).Select(i =>
        {
            var entered = furthest.Count(rank => rank >= i);
            var progressed = furthest.Count(rank => rank >= i + 1);
            return new StageConversion(ordered[i], ordered[i + 1], entered, progressed,
                entered == 0 ? null : Math.Round((double)progressed / entered, 4));
        })];
    }

    public static IReadOnlyList<StageDuration> TimeInStage(IEnumerable<StageChange> log)
    {
        var stays = new Dictionary<LeadStage, List<double>>();
        foreach (var lead in log.GroupBy(c => c.SubjectId))
        {
            var changes = lead.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).ToList();
            for (var i = 0; i + 1 < changes.Count; i++)
            {
                var days = (changes[i + 1].ChangedAt - changes[i].ChangedAt).TotalDays;
                if (!stays.TryGetValue(changes[i].To, out var list))
                {
                    stays[changes[i].To] = list = [];
                }

                list.Add(days);
            }
        }

        return [.. Enum.GetValues<LeadStage>()
            .Where(s => s is not (LeadStage.Won or LeadStage.Lost or LeadStage.Abandoned))
            .Select(stage => stays.TryGetValue(stage, out var list)
                ? new StageDuration(stage, list.Count, Math.Round(Median(list), 4))
                : new StageDuration(stage, 0, null))];
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
