using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.Tests.Unit;

public sealed class GrantRulesTests
{
    private readonly GrantRules _rules = new();

    [Fact]
    public void A_grant_of_half_the_eligible_costs_with_ten_percent_own_funds_is_accepted()
    {
        var errors = _rules.Check(new ProjectBudget(EligibleCosts: 20_000m, OwnFunds: 2_000m, RequestedGrant: 10_000m), involvesInternationalVolunteers: false);

        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void A_grant_over_half_the_eligible_costs_is_refused_on_the_requested_grant_field()
    {
        var errors = _rules.Check(new ProjectBudget(20_000m, 2_000m, 10_000.01m), involvesInternationalVolunteers: false).ToDictionary();

        Assert.Contains("budget.requestedGrant", errors.Keys);
    }

    [Fact]
    public void International_volunteers_raise_the_ceiling_to_sixty_percent()
    {
        var budget = new ProjectBudget(20_000m, 2_000m, 12_000m);

        Assert.False(_rules.Check(budget, involvesInternationalVolunteers: false).IsEmpty);
        Assert.True(_rules.Check(budget, involvesInternationalVolunteers: true).IsEmpty);
        Assert.False(_rules.Check(budget with { RequestedGrant = 12_000.01m }, involvesInternationalVolunteers: true).IsEmpty);
    }

    [Fact]
    public void No_grant_exceeds_thirty_thousand_euros_whatever_the_budget()
    {
        var errors = _rules.Check(new ProjectBudget(100_000m, 20_000m, 30_000.01m), involvesInternationalVolunteers: false).ToDictionary();

        Assert.Single(errors["budget.requestedGrant"]);
        Assert.True(_rules.Check(new ProjectBudget(100_000m, 20_000m, 30_000m), false).IsEmpty);
    }

    [Fact]
    public void Own_funds_below_ten_percent_are_refused_on_the_own_funds_field()
    {
        var errors = _rules.Check(new ProjectBudget(20_000m, 1_999.99m, 10_000m), involvesInternationalVolunteers: false).ToDictionary();

        Assert.Equal(["budget.ownFunds"], errors.Keys);
    }

    [Fact]
    public void The_limits_come_from_configuration()
    {
        var stricter = new GrantRules { MaxGrantShare = 0.40m, MaxGrantEur = 5_000m };

        var errors = stricter.Check(new ProjectBudget(20_000m, 2_000m, 9_000m), involvesInternationalVolunteers: false).ToDictionary();

        Assert.Equal(2, errors["budget.requestedGrant"].Length);
    }
}
