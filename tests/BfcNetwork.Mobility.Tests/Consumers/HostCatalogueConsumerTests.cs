using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Inbox;
using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Tests.Support;
using BfcNetwork.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace BfcNetwork.Mobility.Tests.Consumers;

/// <summary>
/// The host catalogue through real RabbitMQ: every consumer creates a host once, however often the
/// same message arrives, and a message that can never be applied is parked without stopping others.
/// </summary>
public sealed class HostCatalogueConsumerTests(MobilityApiFixture fixture, TestServers servers) : IClassFixture<MobilityApiFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly MobilityApi _api = fixture.Api;

    [Fact]
    public async Task A_solidarity_project_delivered_twice_makes_one_host_per_local_partner()
    {
        var projectId = Guid.NewGuid();
        var message = Messages.SolidarityApproved(projectId, ("Coopérative des producteurs de physalis", "MG"), ("Chocolaterie d'Antananarivo", "mg"));

        var messageId = await PublishTwiceAsync(message);

        var hosts = await SettledHostsAsync(HostSource.Solidarity, projectId.ToString(), 2, messageId);
        Assert.Equal(
            [("Chocolaterie d'Antananarivo", "MG", HostKind.ReciprocalVolunteering), ("Coopérative des producteurs de physalis", "MG", HostKind.ReciprocalVolunteering)],
            hosts.Select(h => (h.Name, h.Country, h.Kind)).Order());
    }

    [Fact]
    public async Task A_cross_border_approval_delivered_twice_makes_one_host_per_partner_on_each_side()
    {
        var projectId = Guid.NewGuid();
        var french = ExchangeRequests.Unique("cc-morteau");
        var swiss = ExchangeRequests.Unique("ne-transports");

        var messageId = await PublishTwiceAsync(Messages.CrossBorderApproved(projectId, Messages.French(french), Messages.Swiss(swiss)));

        var hosts = await SettledHostsAsync(HostSource.CrossBorder, projectId.ToString(), 2, messageId);
        Assert.Equal([("CH", "JU"), ("FR", "25")], hosts.Select(h => (h.Country, h.Place)).Order());
        Assert.All(hosts, h => Assert.Equal((HostKind.CrossBorderPlacement, true), (h.Kind, h.Active)));
    }

    [Fact]
    public async Task A_contract_delivered_twice_updates_the_partnership_and_retires_departed_partners()
    {
        var projectId = Guid.NewGuid();
        var stays = ExchangeRequests.Unique("cc-morteau");
        var leaves = ExchangeRequests.Unique("ne-transports");
        var joins = ExchangeRequests.Unique("ju-economie");
        await _api.Bus.Publish(Messages.CrossBorderApproved(projectId, Messages.French(stays), Messages.Swiss(leaves)));
        await SettledHostsAsync(HostSource.CrossBorder, projectId.ToString(), 2);

        var messageId = await PublishTwiceAsync(Messages.CrossBorderContracted(projectId, 1, Messages.French(stays), Messages.Swiss(joins)));

        var hosts = await SettledHostsAsync(HostSource.CrossBorder, projectId.ToString(), 3, messageId);
        Assert.Equal(new Dictionary<string, bool> { [stays] = true, [leaves] = false, [joins] = true }, hosts.ToDictionary(h => h.OrganisationKey, h => h.Active));
    }

    [Fact]
    public async Task A_closed_project_retires_its_hosts_from_the_list()
    {
        var projectId = Guid.NewGuid();
        var partner = ExchangeRequests.Unique("cc-morteau");
        await _api.Bus.Publish(Messages.CrossBorderApproved(projectId, Messages.French(partner)));
        var host = (await SettledHostsAsync(HostSource.CrossBorder, projectId.ToString(), 1)).Single();

        var messageId = await PublishTwiceAsync(new BfcNetwork.Contracts.CrossBorderProjectClosed(projectId, "MOBILARC", [partner], DateTimeOffset.UtcNow));

        await Eventually.Until(() => InboxCountAsync(messageId), n => n == 1, Patience, "the closure consumed");
        Assert.False((await _api.HostsOfAsync(HostSource.CrossBorder, projectId.ToString())).Single().Active);
        var listed = await _api.Officer().GetFromJsonAsync<PagedResponse<HostResponse>>($"{MobilityApi.HostsPath}?country=FR&kind=cross-border-placement&pageSize=100", TestJson.Options);
        Assert.DoesNotContain(host.Id, listed!.Items.Select(h => h.Id));
    }

    [Fact]
    public async Task A_won_lead_delivered_twice_makes_one_apprenticeship_host_at_its_commune_under_its_label()
    {
        var leadId = Guid.NewGuid();

        var messageId = await PublishTwiceAsync(Messages.LeadWon(leadId, "Spanish agrifood company", "Chalon-sur-Saône"));

        var host = (await SettledHostsAsync(HostSource.Investment, leadId.ToString(), 1, messageId)).Single();
        Assert.Equal(("Spanish agrifood company", "FR", "Chalon-sur-Saône", HostKind.Apprenticeship), (host.Name, host.Country, host.Place, host.Kind));
        var listed = await _api.Coordinator("cfa-chalon").GetFromJsonAsync<PagedResponse<HostResponse>>($"{MobilityApi.HostsPath}?country=FR&kind=apprenticeship&pageSize=100", TestJson.Options);
        Assert.Contains(host.Id, listed!.Items.Select(h => h.Id));
    }

    [Fact]
    public async Task The_same_event_published_again_under_a_new_message_id_still_leaves_one_host()
    {
        var leadId = Guid.NewGuid();
        var message = Messages.LeadWon(leadId, "Spanish agrifood company", "Chalon-sur-Saône");
        var first = NewId.NextGuid();
        var second = NewId.NextGuid();

        await _api.Bus.Publish(message, context => context.MessageId = first);
        await _api.Bus.Publish(message, context => context.MessageId = second);

        await Eventually.Until(async () => await InboxCountAsync(first) + await InboxCountAsync(second), n => n == 2, Patience, "both messages consumed");
        Assert.Single(await _api.HostsOfAsync(HostSource.Investment, leadId.ToString()));
    }

    [Fact]
    public async Task A_message_that_always_fails_is_retried_then_parked_in_the_error_queue_while_others_flow()
    {
        var poisonProject = Guid.NewGuid();
        var goodProject = Guid.NewGuid();
        var poison = NewId.NextGuid();
        var good = NewId.NextGuid();

        // A local partner without a name cannot become a host: every attempt fails alike.
        await _api.Bus.Publish(Messages.SolidarityApproved(poisonProject, (" ", "TG")), context => context.MessageId = poison);
        await _api.Bus.Publish(Messages.SolidarityApproved(goodProject, ("Lycée partenaire de Lomé", "TG")), context => context.MessageId = good);

        await Eventually.Until(() => InboxCountAsync(good), n => n == 1, Patience, "the good message consumed");
        var parked = await WaitForErrorQueueMessageAsync($"{_api.EndpointPrefix}-solidarity-project-approved_error", poison);
        Assert.Contains("no organisation name", parked, StringComparison.Ordinal);
        Assert.Equal(0, await InboxCountAsync(poison));
        Assert.Empty(await _api.HostsOfAsync(HostSource.Solidarity, poisonProject.ToString()));
        Assert.Single(await _api.HostsOfAsync(HostSource.Solidarity, goodProject.ToString()));
    }

    private async Task<Guid> PublishTwiceAsync<T>(T message)
        where T : class
    {
        var messageId = NewId.NextGuid();
        await _api.Bus.Publish(message, context => context.MessageId = messageId);
        await _api.Bus.Publish(message, context => context.MessageId = messageId);
        return messageId;
    }

    /// <summary>Waits for the hosts to appear and, when given, for the message to be recorded; a second delivery then changes nothing.</summary>
    private async Task<List<HostOrganisation>> SettledHostsAsync(HostSource source, string sourceId, int expected, Guid? messageId = null)
    {
        if (messageId is { } id)
        {
            await Eventually.Until(() => InboxCountAsync(id), n => n == 1, Patience, "the message recorded in the inbox");
        }

        var hosts = await Eventually.Until(() => _api.HostsOfAsync(source, sourceId), h => h.Count >= expected, Patience, $"{expected} hosts");
        Assert.Equal(expected, hosts.Count);
        return hosts;
    }

    private Task<int> InboxCountAsync(Guid messageId) =>
        _api.WithDbAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId));

    /// <summary>Reads an error queue as an operator's tool would, until the message with that id shows up; returns its fault headers.</summary>
    private async Task<string> WaitForErrorQueueMessageAsync(string queue, Guid messageId)
    {
        await using var connection = await new ConnectionFactory { Uri = servers.RabbitMqUri }.CreateConnectionAsync();
        var deadline = DateTime.UtcNow + Patience;
        IChannel? channel = null;
        try
        {
            while (DateTime.UtcNow < deadline)
            {
                if (channel is not { IsOpen: true })
                {
                    if (channel is not null)
                    {
                        await channel.DisposeAsync();
                    }

                    channel = await connection.CreateChannelAsync();
                }

                BasicGetResult? delivery;
                try
                {
                    delivery = await channel.BasicGetAsync(queue, autoAck: true);
                }
                catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
                {
                    // The error queue exists once MassTransit moved a first message there.
                    delivery = null;
                }

                if (delivery is null)
                {
                    await Task.Delay(100);
                    continue;
                }

                var body = System.Text.Encoding.UTF8.GetString(delivery.Body.Span);
                if (body.Contains(messageId.ToString(), StringComparison.Ordinal))
                {
                    var fault = delivery.BasicProperties.Headers?.TryGetValue("MT-Fault-Message", out var value) == true && value is byte[] bytes
                        ? System.Text.Encoding.UTF8.GetString(bytes)
                        : "";
                    return fault;
                }
            }
        }
        finally
        {
            if (channel is not null)
            {
                await channel.DisposeAsync();
            }
        }

        Assert.Fail($"Message {messageId} did not reach {queue} within {Patience}.");
        return "";
    }
}
