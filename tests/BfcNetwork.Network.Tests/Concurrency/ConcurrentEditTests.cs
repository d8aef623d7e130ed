using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BfcNetwork.Network.Tests.Support;
using static BfcNetwork.Network.Tests.Support.NetworkRequests;

namespace BfcNetwork.Network.Tests.Concurrency;

/// <summary>
/// Fifty clients edit the same version of one resource at the same instant, each naming it in
/// If-Match: exactly one edit wins, every other one gets 412, and what is stored is the winner's.
/// Mobility has no ETag-guarded edit (exchanges are not editable, their lifecycle takes no If-Match).
/// </summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class ConcurrentEditTests(SharedNetwork shared)
{
    private readonly TestNetwork _network = shared.Network;

    [Fact]
    public async Task Solidarity_project_revisions_with_one_etag_leave_exactly_the_winners_text()
    {
        var (coordinator, path) = await Solidarity.NewProjectAsync(_network.Solidarity);
        var (_, etag) = await GetAsync(coordinator, path);

        var responses = await ParallelRequests.SendAtOnceAsync(coordinator, i => Json(HttpMethod.Put, path, Solidarity.Project($"Revision {i}"), etag));

        var winner = await ParallelRequests.SingleWinnerAsync(responses);
        await AssertStoredAsync(coordinator, path, responses[winner], "title", $"Revision {winner}");
    }

    [Fact]
    public async Task Solidarity_submissions_with_one_etag_submit_once()
    {
        var (coordinator, path) = await Solidarity.NewProjectAsync(_network.Solidarity);
        var (_, etag) = await GetAsync(coordinator, path);

        var responses = await ParallelRequests.SendAtOnceAsync(coordinator, i => Json(HttpMethod.Post, $"{path}/submit", new { comment = $"Attempt {i}" }, etag));

        var winner = await ParallelRequests.SingleWinnerAsync(responses);
        await AssertStoredAsync(coordinator, path, responses[winner], "status", "submitted");
        var history = await coordinator.GetFromJsonAsync<JsonElement>($"{path}/history");
        Assert.Equal([null, $"Attempt {winner}"], history.EnumerateArray().Select(t => t.GetProperty("comment").GetString()));
    }

    [Fact]
    public async Task CrossBorder_project_revisions_with_one_etag_leave_exactly_the_winners_text()
    {
        var (officer, path, project) = await CrossBorder.NewProjectAsync(_network.CrossBorder);
        var acronym = project.GetProperty("acronym").GetString();
        var (_, etag) = await GetAsync(officer, path);

        var responses = await ParallelRequests.SendAtOnceAsync(officer, i => Json(HttpMethod.Put, path, CrossBorder.Project(acronym, $"Revision {i}"), etag));

        var winner = await ParallelRequests.SingleWinnerAsync(responses);
        await AssertStoredAsync(officer, path, responses[winner], "title", $"Revision {winner}");
    }

    [Fact]
    public async Task CrossBorder_partner_revisions_with_one_etag_leave_exactly_the_winners_record()
    {
        var (officer, path, project) = await CrossBorder.NewProjectAsync(_network.CrossBorder);
        var partner = PartnerNamed(project, "CH-PARTNER");
        var partnerPath = $"{path}/partners/{partner.GetProperty("id").GetGuid()}";
        var (_, etag) = await GetAsync(officer, path);

        var responses = await ParallelRequests.SendAtOnceAsync(officer, i =>
            Json(HttpMethod.Put, partnerPath, CrossBorder.PartnerUpdate($"Renamed {i}", $"SN-{i}", "NE", "public-body"), etag));

        var winner = await ParallelRequests.SingleWinnerAsync(responses);
        var stored = await AssertSameVersionAsync(officer, path, responses[winner]);
        Assert.Equal($"SN-{winner}", PartnerWithId(stored, partner.GetProperty("id").GetGuid()).GetProperty("shortName").GetString());
    }

    [Fact]
    public async Task CrossBorder_partner_budgets_with_one_etag_leave_exactly_the_winners_budget()
    {
        var (officer, path, project) = await CrossBorder.NewProjectAsync(_network.CrossBorder);
        var partnerId = PartnerNamed(project, "CH-PARTNER").GetProperty("id").GetGuid();
        var (_, etag) = await GetAsync(officer, path);

        var responses = await ParallelRequests.SendAtOnceAsync(officer, i =>
            Json(HttpMethod.Put, $"{path}/partners/{partnerId}/budget", CrossBorder.Budget("CHF", 20_000m + i, ("own-funds", 20_000m + i)), etag));

        var winner = await ParallelRequests.SingleWinnerAsync(responses);
        var stored = await AssertSameVersionAsync(officer, path, responses[winner]);
        var total = PartnerWithId(stored, partnerId).GetProperty("budget").GetProperty("totalEligibleCost").GetProperty("amount").GetDecimal();
        Assert.Equal(20_000m + winner, total);
    }

    [Fact]
    public async Task CrossBorder_partner_additions_with_one_etag_add_one_partner()
    {
        var (officer, path, _) = await CrossBorder.NewProjectAsync(_network.CrossBorder);
        var (_, etag) = await GetAsync(officer, path);

        var responses = await ParallelRequests.SendAtOnceAsync(officer, i => Json(HttpMethod.Post, $"{path}/partners",
            CrossBorder.Partner(Unique($"added-{i}"), $"ADDED-{i}", "FR", "39", "association", "partner", null), etag));

        var winner = await ParallelRequests.SingleWinnerAsync(responses);
        var stored = await AssertSameVersionAsync(officer, path, responses[winner]);
        var added = Assert.Single(stored.GetProperty("partners").EnumerateArray(), p => p.GetProperty("shortName").GetString()!.StartsWith("ADDED-", StringComparison.Ordinal));
        Assert.Equal($"ADDED-{winner}", added.GetProperty("shortName").GetString());
    }

    [Fact]
    public async Task CrossBorder_lead_changes_with_one_etag_change_the_lead_once()
    {
        var (officer, path, project) = await CrossBorder.NewProjectAsync(_network.CrossBorder);
        var partnerId = PartnerNamed(project, "CH-PARTNER").GetProperty("id").GetGuid();
        var (_, etag) = await GetAsync(officer, path);

        var responses = await ParallelRequests.SendAtOnceAsync(officer, _ => Json(HttpMethod.Post, $"{path}/partners/{partnerId}/lead", null, etag));

        var winner = await ParallelRequests.SingleWinnerAsync(responses);
        var stored = await AssertSameVersionAsync(officer, path, responses[winner]);
        Assert.Equal("lead", PartnerWithId(stored, partnerId).GetProperty("role").GetString());
        var audit = await officer.GetFromJsonAsync<JsonElement>($"{path}/audit");
        Assert.Single(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "lead-partner-changed");
    }

    [Fact]
    public async Task CrossBorder_partner_removals_with_one_etag_remove_once()
    {
        var (officer, path, project) = await CrossBorder.NewProjectAsync(_network.CrossBorder);
        var partnerId = PartnerNamed(project, "CH-PARTNER").GetProperty("id").GetGuid();
        var (_, etag) = await GetAsync(officer, path);

        var responses = await ParallelRequests.SendAtOnceAsync(officer, _ => Json(HttpMethod.Delete, $"{path}/partners/{partnerId}", null, etag));

        // A loser that reads the project after the removal committed finds no such partner: 404 comes before 412.
        var winner = await ParallelRequests.SingleWinnerAsync(responses, HttpStatusCode.NotFound);
        var stored = await AssertSameVersionAsync(officer, path, responses[winner]);
        Assert.DoesNotContain(stored.GetProperty("partners").EnumerateArray(), p => p.GetProperty("id").GetGuid() == partnerId);
        var audit = await officer.GetFromJsonAsync<JsonElement>($"{path}/audit");
        Assert.Single(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "partner-removed");
    }

    [Fact]
    public async Task CrossBorder_transitions_with_one_etag_move_the_project_once()
    {
        var (officer, path, _) = await CrossBorder.NewProjectAsync(_network.CrossBorder);
        var (_, etag) = await GetAsync(officer, path);

        var responses = await ParallelRequests.SendAtOnceAsync(officer, i => Json(HttpMethod.Post, $"{path}/transitions", new { to = "submitted", note = $"Attempt {i}" }, etag));

        var winner = await ParallelRequests.SingleWinnerAsync(responses);
        await AssertStoredAsync(officer, path, responses[winner], "status", "submitted");
        var history = await officer.GetFromJsonAsync<JsonElement>($"{path}/history");
        Assert.Equal([null, $"Attempt {winner}"], history.EnumerateArray().Select(t => t.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task Investment_lead_revisions_with_one_etag_leave_exactly_the_winners_fields()
    {
        var (officer, path) = await Investment.NewLeadAsync(_network.Investment);
        var (_, etag) = await GetAsync(officer, path);
        var company = $"Revised Company {Guid.NewGuid():N}";

        var responses = await ParallelRequests.SendAtOnceAsync(officer, i => Json(HttpMethod.Put, path, Investment.Lead($"{company} {i}"), etag));

        var winner = await ParallelRequests.SingleWinnerAsync(responses);
        await AssertStoredAsync(officer, path, responses[winner], "companyName", $"{company} {winner}");
    }

    [Fact]
    public async Task Investment_holds_with_one_etag_put_the_lead_on_hold_once()
    {
        var (officer, path) = await Investment.NewLeadAsync(_network.Investment);
        var (_, etag) = await GetAsync(officer, path);

        var responses = await ParallelRequests.SendAtOnceAsync(officer, i => Json(HttpMethod.Post, $"{path}/hold", new { comment = $"Attempt {i}" }, etag));

        var winner = await ParallelRequests.SingleWinnerAsync(responses);
        await AssertStoredAsync(officer, path, responses[winner], "stage", "on-hold");
        var log = await officer.GetFromJsonAsync<JsonElement>($"{path}/stage-log");
        Assert.Equal([null, $"Attempt {winner}"], log.EnumerateArray().Select(c => c.GetProperty("comment").GetString()));
    }

    private static JsonElement PartnerNamed(JsonElement project, string shortName) =>
        project.GetProperty("partners").EnumerateArray().Single(p => p.GetProperty("shortName").GetString() == shortName);

    private static JsonElement PartnerWithId(JsonElement project, Guid id) =>
        project.GetProperty("partners").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);

    /// <summary>The stored resource is at the version the winner was given, and holds the winner's value.</summary>
    private static async Task AssertStoredAsync(HttpClient client, string path, HttpResponseMessage winner, string property, string expected)
    {
        var stored = await AssertSameVersionAsync(client, path, winner);
        Assert.Equal(expected, stored.GetProperty(property).GetString());
    }

    private static async Task<JsonElement> AssertSameVersionAsync(HttpClient client, string path, HttpResponseMessage winner)
    {
        var (stored, etag) = await GetAsync(client, path);
        Assert.Equal(winner.Headers.ETag?.Tag, etag);
        return stored;
    }
}
