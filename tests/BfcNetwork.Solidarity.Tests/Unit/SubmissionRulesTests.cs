using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.Tests.Unit;

public sealed class SubmissionRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static SolidarityProject Project(DateOnly start, ProjectBudget budget, decimal coFunding, params int[] sdgs) =>
        SolidarityProject.CreateDraft("amadea-franche-comte", new ProjectDetails(
            "Physalis", "Summary", "MG", [], sdgs, ["31194"], start, start.AddYears(1), false, null, false,
            budget, [new CoFunder("Fondation", coFunding, CoFundingStatus.Pledged)]), "alice", DateTimeOffset.UtcNow);

    [Fact]
    public void A_balanced_project_starting_later_can_be_submitted()
    {
        var errors = SubmissionRules.Check(Project(Today.AddDays(1), new ProjectBudget(20_000m, 2_000m, 10_000m), 8_000m, 2), new GrantRules(), Today);

        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void The_application_must_come_before_the_project_starts()
    {
        var errors = SubmissionRules.Check(Project(Today.AddDays(-1), new ProjectBudget(20_000m, 2_000m, 10_000m), 8_000m, 2), new GrantRules(), Today);

        Assert.Equal(["startDate"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Financing_must_equal_eligible_costs_and_at_least_one_goal_is_named()
    {
        var errors = SubmissionRules.Check(Project(Today, new ProjectBudget(20_000m, 2_000m, 10_000m), 5_000m), new GrantRules(), Today).ToDictionary();

        Assert.Contains("budget", errors.Keys);
        Assert.Contains("sdgs", errors.Keys);
    }
}
