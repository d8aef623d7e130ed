using BfcNetwork.Investment.Domain;
using StageChange = BfcNetwork.BuildingBlocks.Domain.StatusTransition<BfcNetwork.Investment.Domain.LeadStage>;

namespace BfcNetwork.Investment.Tests.Unit;

public sealed class PipelineStatisticsTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static StageChange Change(Guid lead, LeadStage? from, LeadStage to, int day) => new(lead, from, to, "officer", Start.AddDays(day), null);

    [Fact]
    public void Time_in_stage_is_the_median_of_completed_stays_in_days()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        StageChange[] log =
        [
            Change(a, null, LeadStage.Identified, 0), Change(a, LeadStage.Identified, LeadStage.Contacted, 10),
            Change(b, null, LeadStage.Identified, 0), Change(b, LeadStage.Identified, LeadStage.Contacted, 20),
            Change(b, LeadStage.Contacted, LeadStage.OnHold, 25), Change(b, LeadStage.OnHold, LeadStage.Contacted, 55),
            Change(c, null, LeadStage.Identified, 0), Change(c, LeadStage.Identified, LeadStage.Abandoned, 40),
        ];

        var durations = PipelineStatistics.TimeInStage(log);

        Assert.Equal(new StageDuration(LeadStage.Identified, 3, 20), durations.Single(d => d.Stage == LeadStage.Identified));
        Assert.Equal(new StageDuration(LeadStage.Contacted, 1, 5), durations.Single(d => d.Stage == LeadStage.Contacted));
        Assert.Equal(new StageDuration(LeadStage.OnHold, 1, 30), durations.Single(d => d.Stage == LeadStage.OnHold));
        Assert.Equal(new StageDuration(LeadStage.Negotiation, 0, null), durations.Single(d => d.Stage == LeadStage.Negotiation));
    }

    [Fact]
    public void A_skipped_stage_counts_as_passed_for_conversion()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid();
        StageChange[] log =
        [
            Change(a, null, LeadStage.Identified, 0), Change(a, LeadStage.Identified, LeadStage.Qualified, 5),
            Change(b, null, LeadStage.Identified, 0),
        ];

        var conversion = PipelineStatistics.Conversion(log);

        Assert.Equal(new StageConversion(LeadStage.Identified, LeadStage.Contacted, 2, 1, 0.5), conversion[0]);
        Assert.Equal(new StageConversion(LeadStage.Contacted, LeadStage.Qualified, 1, 1, 1), conversion[1]);
        Assert.Equal(new StageConversion(LeadStage.Qualified, LeadStage.SiteSearch, 1, 0, 0), conversion[2]);
        Assert.Equal(new StageConversion(LeadStage.SiteSearch, LeadStage.Negotiation, 0, 0, null), conversion[3]);
    }
}
