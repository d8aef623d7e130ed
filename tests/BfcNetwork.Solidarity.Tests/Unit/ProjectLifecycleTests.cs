using BfcNetwork.BuildingBlocks.Domain;
using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.Tests.Unit;

public sealed class ProjectLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static SolidarityProject Draft() => SolidarityProject.CreateDraft("amadea-franche-comte", new ProjectDetails(
        "Physalis", "Summary", "MG", [], [2], ["31194"], new DateOnly(2027, 3, 1), new DateOnly(2028, 3, 1),
        false, null, false, new ProjectBudget(20_000m, 2_000m, 10_000m), [new CoFunder("Fondation", 8_000m, CoFundingStatus.Pledged)]),
        "alice", Now);

    [Fact]
    public void A_new_project_is_a_draft_whose_creation_is_recorded()
    {
        var project = Draft();

        Assert.Equal(ProjectStatus.Draft, project.Status);
        var created = Assert.Single(project.Transitions);
        Assert.Equal((null, ProjectStatus.Draft, "alice"), (created.From, created.To, created.ChangedBy));
    }

    [Fact]
    public void Submission_approval_and_their_authors_are_recorded_in_order()
    {
        var project = Draft();

        project.Submit("alice", Now.AddMinutes(1), "Ready");
        project.Approve(9_000m, "olivia", Now.AddMinutes(2), "Granted");

        Assert.Equal(ProjectStatus.Approved, project.Status);
        Assert.Equal(9_000m, project.GrantedAmount);
        Assert.Equal(
            [(ProjectStatus?)null, ProjectStatus.Draft, ProjectStatus.Submitted],
            project.Transitions.Select(t => t.From));
        Assert.Equal(["alice", "alice", "olivia"], project.Transitions.Select(t => t.ChangedBy));
        Assert.Equal("Granted", project.Transitions[^1].Note);
    }

    [Fact]
    public void Changes_requested_send_the_project_back_to_the_association_who_can_resubmit()
    {
        var project = Draft();
        project.Submit("alice", Now, null);

        project.RequestChanges("olivia", Now, "Detail the co-funding");
        Assert.True(project.IsEditable);
        project.Submit("alice", Now, "Co-funding detailed");

        Assert.Equal(ProjectStatus.Submitted, project.Status);
    }

    [Fact]
    public void Only_submitted_projects_can_be_decided()
    {
        var project = Draft();

        Assert.Throws<DomainConflictException>(() => project.Approve(1_000m, "olivia", Now, null));
        Assert.Throws<DomainConflictException>(() => project.Reject("olivia", Now, "No"));
        Assert.Throws<DomainConflictException>(() => project.RequestChanges("olivia", Now, "No"));
        Assert.Equal(ProjectStatus.Draft, project.Status);
        Assert.Single(project.Transitions);
    }

    [Fact]
    public void Decided_projects_are_final()
    {
        var project = Draft();
        project.Submit("alice", Now, null);
        project.Reject("olivia", Now, "Outside the call's priorities");

        Assert.Throws<DomainConflictException>(() => project.Submit("alice", Now, null));
        Assert.Throws<DomainConflictException>(() => project.Cancel("alice", Now, null));
        Assert.Throws<DomainConflictException>(() => project.Revise(Draft().Details(), Now));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_association_can_cancel_a_draft_or_a_submitted_project(bool submitted)
    {
        var project = Draft();
        if (submitted)
        {
            project.Submit("alice", Now, null);
        }

        project.Cancel("alice", Now, "Partner withdrew");

        Assert.Equal(ProjectStatus.Cancelled, project.Status);
    }

    [Fact]
    public void A_submitted_project_can_no_longer_be_edited()
    {
        var project = Draft();
        project.Submit("alice", Now, null);

        Assert.False(project.IsEditable);
        Assert.Throws<DomainConflictException>(() => project.Revise(project.Details(), Now));
    }
}

internal static class ProjectDetailsOf
{
    public static ProjectDetails Details(this SolidarityProject project) => new(
        project.Title, project.Summary, project.BeneficiaryCountry, project.LocalPartners, project.Sdgs, project.DacSectors,
        project.StartDate, project.EndDate, project.HasAwarenessAction, project.AwarenessActionDescription,
        project.InvolvesInternationalVolunteers, project.Budget, project.CoFunders);
}
