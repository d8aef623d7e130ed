using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using BfcNetwork.Testing.Requests;

namespace BfcNetwork.Network.Tests.Support;

/// <summary>
/// The state-changing requests that lead to an approval, in Solidarity (register, create, submit,
/// decide) and in CrossBorder (create, submit, eligible, approve), sent straight to the services
/// (the gateway's per-client rate limit is not what these tests measure). Every request and its
/// answer is recorded; a flow stops at its first answer that is not a success.
/// </summary>
public sealed class ApprovalFlows(TestNetwork network)
{
    private readonly HttpClient _officer = network.Solidarity.Client(TestTokens.RegionalOfficer());
    private readonly HttpClient _secretariat = network.CrossBorder.Client(TestTokens.RegionalOfficer());
    private readonly ConcurrentQueue<SentRequest> _sent = new();

    /// <summary>Every request sent so far, with its answer's status and when it was sent and answered.</summary>
    public IReadOnlyCollection<SentRequest> Sent => _sent;

    /// <summary>Registers a new association whose coordinator then creates projects; returns the coordinator's client.</summary>
    public async Task<HttpClient> NewAssociationAsync()
    {
        var association = $"assoc-{Guid.NewGuid():N}"[..24];
        var registered = await SendAsync("solidarity register", () => _officer.PostAsJsonAsync("/api/solidarity/associations",
            new { id = association, name = $"Association {association}", city = "Besançon" }, TestJson.Options));
        await Expect.StatusAsync(registered.Response!, HttpStatusCode.Created);
        return network.Solidarity.Client(TestTokens.Coordinator(association));
    }

    /// <summary>Create, submit, approve a solidarity project with one local partner named <paramref name="partner"/>.</summary>
    public async Task<FlowOutcome> ApproveSolidarityProjectAsync(HttpClient coordinator, string title, string partner)
    {
        var created = await SendAsync("solidarity create", () => coordinator.PostAsJsonAsync("/api/solidarity/projects", ProjectBodies.SolidarityProject(title, partner), TestJson.Options));
        if (!created.Succeeded)
        {
            return new FlowOutcome(null, created, 0);
        }

        var id = await IdOfAsync(created.Response!);
        var submitted = await SendAsync("solidarity submit", () => coordinator.PostAsync($"/api/solidarity/projects/{id}/submit", null));
        if (!submitted.Succeeded)
        {
            return new FlowOutcome(id, submitted, 1);
        }

        var decided = await SendAsync("solidarity approve", () => _officer.PostAsJsonAsync($"/api/solidarity/projects/{id}/decision",
            new { outcome = "approve", grantAmount = 9_000m, comment = "Granted" }, TestJson.Options));
        return new FlowOutcome(id, decided, decided.Succeeded ? 3 : 2);
    }

    /// <summary>Create, submit, declare eligible, approve a joint project with three partners (one French, two Swiss).</summary>
    public async Task<FlowOutcome> ApproveCrossBorderProjectAsync(string organisationPrefix)
    {
        var created = await SendAsync("crossborder create", () => _secretariat.PostAsJsonAsync("/api/crossborder/projects", CrossBorderProject(organisationPrefix), TestJson.Options));
        if (!created.Succeeded)
        {
            return new FlowOutcome(null, created, 0);
        }

        var id = await IdOfAsync(created.Response!);
        var last = created;
        var succeeded = 1;
        foreach (var step in new[] { "submitted", "eligible", "approved" })
        {
            last = await SendAsync($"crossborder {step}", () => _secretariat.PostAsJsonAsync($"/api/crossborder/projects/{id}/transitions", new { to = step }, TestJson.Options));
            if (!last.Succeeded)
            {
                break;
            }

            succeeded++;
        }

        return new FlowOutcome(id, last, succeeded);
    }

    /// <summary>
    /// Solidarity and CrossBorder flows, alternating, each released at its own moment over
    /// <paramref name="spread"/> so requests keep arriving at a steady pace (through an outage
    /// the test causes meanwhile), run by a few concurrent workers.
    /// </summary>
    public async Task<IReadOnlyList<Flow>> RunInterleavedAsync(HttpClient coordinator, int flowsPerService, TimeSpan spread, int workers = 6)
    {
        var work = Enumerable.Range(0, flowsPerService * 2).Select(i => new Flow(i % 2 == 0, $"{Guid.NewGuid():N}"[..12])).ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            int mine;
            while ((mine = Interlocked.Increment(ref next)) < work.Count)
            {
                var flow = work[mine];
                var releaseAt = spread * mine / work.Count;
                if (releaseAt > clock.Elapsed)
                {
                    await Task.Delay(releaseAt - clock.Elapsed);
                }

                flow.Outcome = flow.Solidarity
                    ? await ApproveSolidarityProjectAsync(coordinator, flow.Title, $"Coopérative {flow.Key}")
                    : await ApproveCrossBorderProjectAsync(flow.OrganisationPrefix);
            }
        }));
        return work;
    }

    /// <summary>The three partner organisation ids a joint project made by <see cref="ApproveCrossBorderProjectAsync"/> has.</summary>
    public static string[] CrossBorderOrganisations(string organisationPrefix) =>
        [$"{organisationPrefix}-fr", $"{organisationPrefix}-ch", $"{organisationPrefix}-ne"];

    private async Task<SentRequest> SendAsync(string what, Func<Task<HttpResponseMessage>> send)
    {
        var sentAt = DateTimeOffset.UtcNow;
        SentRequest sent;
        try
        {
            var response = await send();
            // Read the body now: a problem body is part of the answer the tests check.
            var body = await response.Content.ReadAsStringAsync();
            sent = new SentRequest(what, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, sentAt, DateTimeOffset.UtcNow, response);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            sent = new SentRequest(what, 0, null, exception.Message, sentAt, DateTimeOffset.UtcNow, null);
        }

        _sent.Enqueue(sent);
        return sent;
    }

    private static object CrossBorderProject(string organisationPrefix)
    {
        var organisations = CrossBorderOrganisations(organisationPrefix);
        return ProjectBodies.CrossBorderProject(organisations[0], organisations[1], organisations[2]);
    }

    private static async Task<Guid> IdOfAsync(HttpResponseMessage created)
    {
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetGuid();
    }
}

/// <summary>One request of a flow: what it was, its status (0 when no answer came), and when.</summary>
public sealed record SentRequest(string What, int Status, string? MediaType, string Body, DateTimeOffset SentAt, DateTimeOffset AnsweredAt, HttpResponseMessage? Response)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public TimeSpan Took => AnsweredAt - SentAt;

    public override string ToString() => $"{What} → {Status} after {Took.TotalMilliseconds:0} ms: {Body[..Math.Min(Body.Length, 300)]}";
}

/// <summary>One flow of <see cref="ApprovalFlows.RunInterleavedAsync"/>: its service, its unique key, and how it ended.</summary>
public sealed class Flow(bool solidarity, string key)
{
    public bool Solidarity { get; } = solidarity;

    public string Key { get; } = key;

    /// <summary>The title of a solidarity flow's project.</summary>
    public string Title => $"Physalis dryers {Key}";

    /// <summary>The prefix of a CrossBorder flow's partner organisation ids.</summary>
    public string OrganisationPrefix => $"org-{Key}";

    public FlowOutcome Outcome { get; set; } = null!;
}

/// <summary>How a flow ended: the project (null if its creation failed), the last request sent, and how many succeeded.</summary>
public sealed record FlowOutcome(Guid? ProjectId, SentRequest Last, int Succeeded)
{
    /// <summary>The approving request itself answered 2xx.</summary>
    public bool Approved => Last.Succeeded && Last.What is "solidarity approve" or "crossborder approved";
}
