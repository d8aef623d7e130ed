using BfcNetwork.Contracts;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace BfcNetwork.Network.Tests.Faults;

/// <summary>
/// A broker delivers at least once and in no guaranteed order across queues (retries, redeliveries
/// after a crash, one queue per event type): the same message twice must change Mobility once, and
/// a stale CrossBorder event arriving after a newer one for the same project must not undo it.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class RedeliveryAndOrderTests(TestServers servers) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly DateTimeOffset Approval = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private TestNetwork _network = null!;

    public async ValueTask InitializeAsync() => _network = await TestNetwork.StartAsync(servers);

    public async ValueTask DisposeAsync() => await _network.DisposeAsync();

    private IBus Bus => _network.CrossBorder.Services.GetRequiredService<IBus>();

    private string MobilityDb => _network.Mobility.DatabaseConnectionString!;

    [Fact]
    public async Task The_same_message_delivered_twice_is_applied_once()
    {
        var logs = CapturedLogs.From(_network.Mobility.Services);
        var projectId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var approved = new SolidarityProjectApproved(projectId, "tandems", "Physalis dryers", "MG", [2], ["31194"], 9_000m,
            [new LocalPartnerOrganisation("Coopérative des producteurs de physalis", "MG")], Approval);

        await Task.WhenAll(
            Bus.Publish(approved, context => context.MessageId = messageId),
            Bus.Publish(approved, context => context.MessageId = messageId));
        await Eventually.Until(() => InboxRowsAsync(messageId), n => n == 1, Patience, "the message applied");
        // A redelivery long after the first, as after a consumer crash.
        await Bus.Publish(approved, context => context.MessageId = messageId);
        // Both copies seen and skipped by the inbox, not merely not yet consumed.
        await Eventually.Until(() => Task.FromResult(SkippedCopies(logs, messageId)), n => n == 2, Patience, "both copies skipped");

        Assert.Equal(1, await InboxRowsAsync(messageId));
        Assert.Equal(["Coopérative des producteurs de physalis"], await Sql.ColumnAsync(MobilityDb, "SELECT name FROM hosts WHERE source_id = $1", projectId.ToString()));
    }

    [Fact]
    public async Task A_closure_that_overtakes_the_approval_leaves_the_project_s_hosts_retired()
    {
        var projectId = Guid.NewGuid();
        var partners = Partners(projectId, "fr", "ch");

        await PublishAsync(new CrossBorderProjectClosed(projectId, "ARC", [.. partners.Select(p => p.OrganisationId)], Approval.AddYears(2)));
        await WaitAppliedAsync("CrossBorderProjectClosedConsumer", 1);
        await PublishAsync(Approved(projectId, partners, Approval));
        await PublishAsync(Contracted(projectId, partners, 0, Approval.AddMonths(1)));
        await WaitAppliedAsync("CrossBorderProjectApprovedConsumer", 1);
        await WaitAppliedAsync("CrossBorderProjectContractedConsumer", 1);

        Assert.Empty(await ActiveHostsAsync(projectId));
    }

    [Fact]
    public async Task A_stale_contract_arriving_after_a_newer_one_does_not_bring_back_a_departed_partner()
    {
        var projectId = Guid.NewGuid();
        var original = Partners(projectId, "fr", "ch", "leaving");
        var modified = Partners(projectId, "fr", "ch", "joining");

        // Modification 1 is signed after contract 0, but its event is delivered first.
        await ApproveThenModifyAsync(projectId, original, modified);
        await PublishAsync(Contracted(projectId, original, 0, Approval.AddMonths(1)));
        await WaitAppliedAsync("CrossBorderProjectContractedConsumer", 2);

        Assert.Equal([$"{projectId:N}-ch", $"{projectId:N}-fr", $"{projectId:N}-joining"], await ActiveHostsAsync(projectId));
    }

    [Fact]
    public async Task Events_in_order_still_apply_each_step()
    {
        var projectId = Guid.NewGuid();
        var original = Partners(projectId, "fr", "ch", "leaving");
        var modified = Partners(projectId, "fr", "ch", "joining");

        await ApproveThenModifyAsync(projectId, original, modified);
        Assert.Equal([$"{projectId:N}-ch", $"{projectId:N}-fr", $"{projectId:N}-joining"], await ActiveHostsAsync(projectId));

        await PublishAsync(new CrossBorderProjectClosed(projectId, "ARC", [.. modified.Select(p => p.OrganisationId)], Approval.AddYears(2)));
        await WaitAppliedAsync("CrossBorderProjectClosedConsumer", 1);
        Assert.Empty(await ActiveHostsAsync(projectId));
    }

    private static int SkippedCopies(CapturedLogs logs, Guid messageId) =>
        logs.Entries.Count(e => e.Message.Contains("already processed", StringComparison.Ordinal)
            && e.Values.TryGetValue("MessageId", out var id) && Equals(id, messageId));

    private static List<CrossBorderPartnerOrganisation> Partners(Guid projectId, params string[] names) =>
        [.. names.Select((n, i) => new CrossBorderPartnerOrganisation($"{projectId:N}-{n}", $"Organisation {n}", n == "fr" ? "FR" : "CH", n == "fr" ? "25" : "JU", i < 2))];

    private static CrossBorderProjectApproved Approved(Guid projectId, IReadOnlyList<CrossBorderPartnerOrganisation> partners, DateTimeOffset at) =>
        new(projectId, "ARC", "Jura arc", "P2", "RSO2.8", partners, 100_000m, 100_000m, 60_000m, false, DateOnly.FromDateTime(at.UtcDateTime), at);

    private static CrossBorderProjectContracted Contracted(Guid projectId, IReadOnlyList<CrossBorderPartnerOrganisation> partners, int modification, DateTimeOffset at) =>
        new(projectId, "ARC", "P2", partners, 100_000m, 100_000m, modification, at);

    /// <summary>Approved with <paramref name="original"/>, then contracted (modification 1, six months on) with <paramref name="modified"/>, each applied.</summary>
    private async Task ApproveThenModifyAsync(Guid projectId, IReadOnlyList<CrossBorderPartnerOrganisation> original, IReadOnlyList<CrossBorderPartnerOrganisation> modified)
    {
        await PublishAsync(Approved(projectId, original, Approval));
        await WaitAppliedAsync("CrossBorderProjectApprovedConsumer", 1);
        await PublishAsync(Contracted(projectId, modified, 1, Approval.AddMonths(6)));
        await WaitAppliedAsync("CrossBorderProjectContractedConsumer", 1);
    }

    private Task PublishAsync<T>(T message)
        where T : class => Bus.Publish(message, context => context.MessageId = NewId.NextGuid());

    private Task<long> InboxRowsAsync(Guid messageId) => Sql.CountAsync(MobilityDb, "SELECT count(*) FROM inbox_messages WHERE message_id = $1", messageId);

    private Task WaitAppliedAsync(string consumer, int count) =>
        Eventually.Until(() => Sql.CountAsync(MobilityDb, "SELECT count(*) FROM inbox_messages WHERE consumer = $1", consumer), n => n == count, Patience, $"{count} message(s) applied by {consumer}");

    private async Task<List<string>> ActiveHostsAsync(Guid projectId) =>
        [.. (await Sql.ColumnAsync(MobilityDb, "SELECT organisation_key FROM hosts WHERE source_id = $1 AND active", projectId.ToString())).Order(StringComparer.Ordinal)];
}
