using System.Net;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Network.Tests.Faults;

/// <summary>
/// PostgreSQL stops for 20 seconds while Solidarity and CrossBorder take requests. Each request is
/// answered at once, by a success or a 503 problem (never a 500, never a hang), <c>/health</c> says
/// unhealthy, the services recover on their own once the database is back, and the database holds
/// exactly what the successes announced: every success complete with its children and its outbox
/// event, every failure without a trace.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class DatabaseOutageTests(TestServers servers)
{
    private const int FlowsPerService = 40;
    private static readonly TimeSpan LoadSpread = TimeSpan.FromSeconds(32);
    private static readonly TimeSpan OutageStartsAfter = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Requests_during_a_database_outage_get_prompt_503_problems_and_leave_no_partial_write()
    {
        await using var postgres = await PostgresServer.StartAsync(TestContext.Current.CancellationToken);
        await using var network = await TestNetwork.StartAsync(postgres, await TestNetwork.OwnBrokerAsync(servers));
        var flows = new ApprovalFlows(network);
        var coordinator = await flows.NewAssociationAsync();

        var load = flows.RunInterleavedAsync(coordinator, FlowsPerService, LoadSpread);
        await Task.Delay(OutageStartsAfter);
        await postgres.StopAsync();
        await Task.Delay(Outage / 2);
        var health = await Task.WhenAll(network.Solidarity.Client().GetAsync("/health"), network.CrossBorder.Client().GetAsync("/health")).WaitAsync(AnswerBound);
        await Task.Delay(Outage / 2);
        await postgres.StartAgainAsync(TestContext.Current.CancellationToken);
        var outcomes = await load.WaitAsync(Patience);

        Assert.All(health, response => Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode));

        // Every answer prompt; every failure a 503 problem; the outage was felt.
        var sent = flows.Sent.ToList();
        Assert.All(sent, request => Assert.True(request.Took < AnswerBound, request.ToString()));
        Assert.All(sent.Where(r => !r.Succeeded), request =>
        {
            Assert.True(request.Status == 503 && request.MediaType == "application/problem+json", request.ToString());
            Assert.Contains("\"status\":503", request.Body, StringComparison.Ordinal);
        });
        Assert.True(sent.Count(r => r.Status == 503) >= 10, $"Only {sent.Count(r => r.Status == 503)} requests met the outage.");

        // Recovered without a restart: healthy again, and a whole flow goes through in each service.
        foreach (var service in new[] { network.Solidarity, network.CrossBorder })
        {
            await Eventually.Until(() => service.Client().GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, Patience, $"{service.Name} healthy again");
        }

        Assert.True((await flows.ApproveSolidarityProjectAsync(coordinator, $"After the outage {Guid.NewGuid():N}", "Coopérative")).Approved);
        Assert.True((await flows.ApproveCrossBorderProjectAsync($"org-after-{Guid.NewGuid():N}"[..24])).Approved);

        // The database holds what the answers said, no more, no less.
        foreach (var flow in outcomes)
        {
            if (flow.Solidarity)
            {
                await AssertSolidarityMatchesAsync(network.Solidarity.DatabaseConnectionString!, flow);
            }
            else
            {
                await AssertCrossBorderMatchesAsync(network.CrossBorder.DatabaseConnectionString!, flow);
            }
        }

        Assert.Contains(outcomes, f => f.Outcome.Approved);
        Assert.Contains(outcomes, f => !f.Outcome.Approved);
    }

    /// <summary>Create, submit, approve: each success wrote its transition, submit and approve their event; a failure nothing.</summary>
    private static async Task AssertSolidarityMatchesAsync(string database, Flow flow)
    {
        var projects = await Sql.ColumnAsync(database, "SELECT id FROM projects WHERE title = $1", flow.Title);
        var succeeded = flow.Outcome.Succeeded;
        if (succeeded == 0)
        {
            Assert.True(projects.Count == 0, $"Solidarity create failed ({flow.Outcome.Last}) but left project {string.Join(", ", projects)}.");
            return;
        }

        var id = Assert.Single(projects);
        var status = Assert.Single(await Sql.ColumnAsync(database, "SELECT status FROM projects WHERE id = $1", Guid.Parse(id)));
        Assert.Equal(new[] { "Draft", "Submitted", "Approved" }[succeeded - 1], status);
        Assert.Equal(succeeded, await Sql.CountAsync(database, "SELECT count(*) FROM project_transitions WHERE project_id = $1", Guid.Parse(id)));
        Assert.Equal(succeeded - 1, await Sql.CountAsync(database, "SELECT count(*) FROM outbox_messages WHERE aggregate_id = $1", id));
    }

    /// <summary>Create with three partners, then three transitions; only the approval writes an event.</summary>
    private static async Task AssertCrossBorderMatchesAsync(string database, Flow flow)
    {
        var partners = await Sql.ColumnAsync(database, "SELECT project_id FROM partners WHERE organisation_id LIKE $1", flow.OrganisationPrefix + "-%");
        var succeeded = flow.Outcome.Succeeded;
        if (succeeded == 0)
        {
            Assert.True(partners.Count == 0, $"CrossBorder create failed ({flow.Outcome.Last}) but left partners of {string.Join(", ", partners.Distinct())}.");
            return;
        }

        Assert.Equal(3, partners.Count);
        var id = Assert.Single(partners.Distinct());
        var status = Assert.Single(await Sql.ColumnAsync(database, "SELECT status FROM projects WHERE id = $1", Guid.Parse(id)));
        Assert.Equal(new[] { "Draft", "Submitted", "Eligible", "Approved" }[succeeded - 1], status);
        Assert.Equal(succeeded == 4 ? 1 : 0, await Sql.CountAsync(database, "SELECT count(*) FROM outbox_messages WHERE aggregate_id = $1", id));
    }
}
