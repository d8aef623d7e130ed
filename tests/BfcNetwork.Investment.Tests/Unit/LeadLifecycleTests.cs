using BfcNetwork.BuildingBlocks.Domain;
using BfcNetwork.Investment.Domain;

namespace BfcNetwork.Investment.Tests.Unit;

public sealed class LeadLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private static InvestorLead NewLead(LeadSector? sector = LeadSector.Energy) => InvestorLead.Identify(new LeadDetails(
        "Nordic Cells AB", "SE", sector, InvestmentType.NewSite, null, null, null, Confidential: true, null, CapexNotDisclosed: false,
        null, null, null, [], [], null, null, null, "owner", [], []), "owner", Now);

    [Fact]
    public void A_new_lead_is_identified_confidential_and_logged()
    {
        var lead = NewLead();

        Assert.Equal((LeadStage.Identified, true, "nordic cells"), (lead.Stage, lead.Confidential, lead.NormalisedCompanyName));
        var first = Assert.Single(lead.StageChanges);
        Assert.Equal((null, LeadStage.Identified), (first.From, first.To));
    }

    [Fact]
    public void Moving_back_needs_no_gate()
    {
        var lead = NewLead();
        Assert.True(lead.MoveTo(LeadStage.Qualified, "owner", Now, null).IsEmpty);

        Assert.True(lead.MoveTo(LeadStage.Contacted, "owner", Now.AddDays(1), "Contact left the company").IsEmpty);
        Assert.Equal(LeadStage.Contacted, lead.Stage);
    }

    [Fact]
    public void A_failed_gate_leaves_the_lead_and_its_log_unchanged()
    {
        var lead = NewLead(sector: null);

        var errors = lead.MoveTo(LeadStage.Qualified, "owner", Now, null);

        Assert.Equal(["sector"], errors.ToDictionary().Keys);
        Assert.Equal(LeadStage.Identified, lead.Stage);
        Assert.Single(lead.StageChanges);
    }

    [Fact]
    public void A_lead_on_hold_can_be_lost_but_not_moved_and_resumes_where_it_was()
    {
        var lead = NewLead();
        lead.MoveTo(LeadStage.Contacted, "owner", Now, null);
        lead.PutOnHold("owner", Now.AddDays(1), null);

        Assert.Throws<DomainConflictException>(() => lead.MoveTo(LeadStage.Qualified, "owner", Now.AddDays(2), null));
        Assert.Throws<DomainConflictException>(() => lead.PutOnHold("owner", Now.AddDays(2), null));
        lead.Resume("owner", Now.AddDays(3), null);
        Assert.Equal((LeadStage.Contacted, (LeadStage?)null), (lead.Stage, lead.StageBeforeHold));

        lead.PutOnHold("owner", Now.AddDays(4), null);
        lead.Lose("DE", "Subsidies", "owner", Now.AddDays(5));
        Assert.Equal((LeadStage.Lost, "DE", false), (lead.Stage, lead.CountryLostTo, lead.IsOpen));
        Assert.Throws<DomainConflictException>(() => lead.Resume("owner", Now.AddDays(6), null));
    }

    [Fact]
    public void Closed_leads_take_no_further_stage_change()
    {
        var lead = NewLead();
        lead.Abandon("Project dropped", "owner", Now);

        Assert.Throws<DomainConflictException>(() => lead.MoveTo(LeadStage.Contacted, "owner", Now, null));
        Assert.Throws<DomainConflictException>(() => lead.Lose("DE", "x", "owner", Now));
        Assert.Throws<DomainConflictException>(() => lead.PutOnHold("owner", Now, null));
    }

    [Fact]
    public void Exits_and_holds_go_through_their_own_methods()
    {
        var lead = NewLead();

        Assert.Throws<DomainConflictException>(() => lead.MoveTo(LeadStage.Lost, "owner", Now, null));
        Assert.Throws<DomainConflictException>(() => lead.MoveTo(LeadStage.OnHold, "owner", Now, null));
        Assert.Throws<DomainConflictException>(() => lead.MoveTo(LeadStage.Identified, "owner", Now, null));
    }
}
