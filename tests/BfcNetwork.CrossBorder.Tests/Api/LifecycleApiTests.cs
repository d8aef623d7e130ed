using System.Net;
using System.Net.Http.Json;
using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Tests.Support;
using BfcNetwork.Testing;
using static BfcNetwork.CrossBorder.Domain.ProjectStatus;

namespace BfcNetwork.CrossBorder.Tests.Api;

public sealed class LifecycleApiTests(CrossBorderApiFixture fixture) : IClassFixture<CrossBorderApiFixture>
{
    private readonly CrossBorderApi _api = fixture.Api;

    /// <summary>Paths that together take every allowed move of the lifecycle at least once.</summary>
    public static TheoryData<ProjectStatus[]> AllowedPaths => new()
    {
        new[] { Submitted, Eligible, Approved, Contracted, InModification, ModificationSubmitted, Contracted, Closed },
        new[] { Submitted, Eligible, ApprovedWithConditions, Contracted },
        new[] { Submitted, Eligible, NotApproved },
        new[] { Submitted, Ineligible },
        new[] { Submitted, ReturnedToApplicant, Submitted, Eligible, ReturnedToApplicant, Submitted, Approved },
    };

    [Theory]
    [MemberData(nameof(AllowedPaths))]
    public async Task Every_allowed_move_succeeds_and_is_recorded_with_who_when_and_the_note(ProjectStatus[] path)
    {
        var project = await _api.CreateProjectAsync();
        var expected = new List<ProjectStatus> { Draft };
        foreach (var step in path)
        {
            var response = await _api.TransitionAsync(project.Id, step, CrossBorderApi.NoteFor(step));
            await Expect.StatusAsync(response, HttpStatusCode.OK);
            var moved = (await response.Content.ReadFromJsonAsync<ProjectResponse>(TestJson.Options))!;
            // A resubmission returns to the state the project was returned from.
            var reached = step == Submitted && expected[^1] == ReturnedToApplicant ? expected[^2] : step;
            Assert.Equal(reached, moved.Status);
            expected.Add(reached);
        }

        var history = await _api.Officer().GetFromJsonAsync<List<ProjectTransitionResponse>>(
            $"{CrossBorderApi.ProjectsPath}/{project.Id}/history", TestJson.Options) ?? [];
        Assert.Equal(expected, history.Select(t => t.To));
        Assert.All(history, t => Assert.Equal("officer@region", t.ChangedBy));
        Assert.All(history.Skip(1), (t, i) => Assert.Equal(expected[i], t.From));
        Assert.All(history.Where(t => t.To == ReturnedToApplicant), t => Assert.Equal(CrossBorderApi.NoteFor(ReturnedToApplicant), t.Note));
    }

    [Fact]
    public async Task A_project_returned_after_eligibility_goes_back_to_eligible_when_resubmitted()
    {
        var project = await _api.CreateProjectAsync();
        await _api.AdvanceAsync(project.Id, Submitted, Eligible, ReturnedToApplicant);

        var resubmitted = await _api.AdvanceAsync(project.Id, Submitted);

        Assert.Equal(Eligible, resubmitted.Status);
    }

    public static TheoryData<ProjectStatus[], ProjectStatus> ForbiddenMoves => new()
    {
        { [], Approved },
        { [], Eligible },
        { [], Contracted },
        { [Submitted], Approved },
        { [Submitted], Closed },
        { [Submitted, Ineligible], Eligible },
        { [Submitted, Ineligible], Submitted },
        { [Submitted, Eligible, NotApproved], Contracted },
        { [Submitted, Eligible, Approved], ReturnedToApplicant },
        { [Submitted, Eligible, Approved], InModification },
        { [Submitted, Eligible, Approved, Contracted], Approved },
        { [Submitted, Eligible, Approved, Contracted, Closed], InModification },
        { [Submitted, Eligible, Approved, Contracted, InModification], Closed },
    };

    [Theory]
    [MemberData(nameof(ForbiddenMoves))]
    public async Task A_move_the_lifecycle_does_not_allow_is_409_and_changes_nothing(ProjectStatus[] before, ProjectStatus illegal)
    {
        var project = await _api.CreateProjectAsync();
        await _api.AdvanceAsync(project.Id, before);
        var (current, etag) = await _api.GetProjectAsync(project.Id);

        await Expect.ProblemAsync(await _api.TransitionAsync(project.Id, illegal, CrossBorderApi.NoteFor(illegal)), HttpStatusCode.Conflict);

        var (after, etagAfter) = await _api.GetProjectAsync(project.Id);
        Assert.Equal(current.Status, after.Status);
        Assert.Equal(etag, etagAfter);
    }

    [Fact]
    public async Task The_decision_date_cannot_be_before_the_eligibility_date()
    {
        var project = await _api.CreateProjectAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Expect.StatusAsync(await _api.TransitionAsync(project.Id, Submitted), HttpStatusCode.OK);
        await Expect.StatusAsync(await _api.TransitionAsync(project.Id, Eligible, date: today.AddDays(-10)), HttpStatusCode.OK);

        var early = await Expect.ProblemAsync(await _api.TransitionAsync(project.Id, Approved, date: today.AddDays(-11)), HttpStatusCode.BadRequest);
        var approved = await _api.TransitionAsync(project.Id, Approved, date: today.AddDays(-10));

        Assert.Contains("date", early.Keys);
        await Expect.StatusAsync(approved, HttpStatusCode.OK);
        var project2 = (await approved.Content.ReadFromJsonAsync<ProjectResponse>(TestJson.Options))!;
        Assert.Equal((today.AddDays(-10), today.AddDays(-10)), (project2.EligibilityDate, project2.DecisionDate));
    }

    [Fact]
    public async Task Steps_that_must_say_why_refuse_an_empty_note_and_dates_belong_to_eligibility_and_decisions_only()
    {
        var project = await _api.CreateProjectAsync();
        await _api.AdvanceAsync(project.Id, Submitted);

        var silentReturn = await Expect.ProblemAsync(await _api.TransitionAsync(project.Id, ReturnedToApplicant), HttpStatusCode.BadRequest);
        var silentRefusal = await Expect.ProblemAsync(await _api.TransitionAsync(project.Id, Ineligible), HttpStatusCode.BadRequest);
        var future = await Expect.ProblemAsync(
            await _api.TransitionAsync(project.Id, Eligible, date: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2)), HttpStatusCode.BadRequest);
        await _api.AdvanceAsync(project.Id, Eligible, Approved);
        var datedContract = await Expect.ProblemAsync(
            await _api.TransitionAsync(project.Id, Contracted, date: DateOnly.FromDateTime(DateTime.UtcNow)), HttpStatusCode.BadRequest);

        Assert.Contains("note", silentReturn.Keys);
        Assert.Contains("note", silentRefusal.Keys);
        Assert.Contains("date", future.Keys);
        Assert.Contains("date", datedContract.Keys);
    }

    [Fact]
    public async Task A_transition_without_a_target_or_with_an_unknown_state_is_a_400_not_a_500()
    {
        var project = await _api.CreateProjectAsync();
        var officer = _api.Officer();

        var missing = await Expect.ProblemAsync(await officer.PostAsJsonAsync($"{CrossBorderApi.ProjectsPath}/{project.Id}/transitions",
            new { note = "x" }, TestJson.Options), HttpStatusCode.BadRequest);
        var unknown = await Expect.ProblemAsync(await officer.PostAsync($"{CrossBorderApi.ProjectsPath}/{project.Id}/transitions",
            new StringContent("""{"to":"teleported"}""", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        Assert.Contains("to", missing.Keys);
        Assert.Contains("$.to", unknown.Keys);
    }
}
