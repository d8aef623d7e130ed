using BfcNetwork.Contracts;
using BfcNetwork.CrossBorder.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Messaging;
using static BfcNetwork.CrossBorder.Domain.ProjectStatus;

namespace BfcNetwork.CrossBorder.Tests.Events;

public sealed class IntegrationEventsTests(CrossBorderApiFixture fixture, TestServers servers) : IClassFixture<CrossBorderApiFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly CrossBorderApi _api = fixture.Api;

    [Fact]
    public async Task Approving_publishes_the_partners_and_the_EUR_and_CHF_totals_apart()
    {
        await using var queue = await IntegrationEventQueue.BindAsync(servers.RabbitMqConnectionString, typeof(CrossBorderProjectApproved));
        var project = await _api.CreateProjectAsync();

        await _api.AdvanceAsync(project.Id, Submitted, Eligible, Approved);

        var approved = (await queue.WaitForAsync<CrossBorderProjectApproved>(e => e.ProjectId == project.Id, Patience)).Message;
        Assert.Equal((project.Acronym, "P3", "RSO2.8", false), (approved.Acronym, approved.Priority, approved.SpecificObjective, approved.WithConditions));
        Assert.Equal((100_000m, 100_000m, 60_000m), (approved.TotalEur, approved.TotalChf, approved.ErdfEur));
        Assert.Equal(
            project.Partners.Select(p => (p.OrganisationId, p.Side.ToString(), p.Territory, p.Role == Domain.PartnerRole.Lead)),
            approved.Partners.Select(p => (p.OrganisationId, p.Side, p.Territory, p.IsLeadPartner)));
        Assert.Equal((await _api.GetProjectAsync(project.Id)).Project.DecisionDate, approved.DecisionDate);
    }

    [Fact]
    public async Task Contracting_again_after_a_modification_and_closing_publish_their_events()
    {
        await using var queue = await IntegrationEventQueue.BindAsync(servers.RabbitMqConnectionString,
            typeof(CrossBorderProjectApproved), typeof(CrossBorderProjectContracted), typeof(CrossBorderProjectClosed));
        var project = await _api.CreateProjectAsync();

        await _api.AdvanceAsync(project.Id, Submitted, Eligible, ApprovedWithConditions, Contracted, InModification, ModificationSubmitted, Contracted, Closed);

        var approved = await queue.WaitForAsync<CrossBorderProjectApproved>(e => e.ProjectId == project.Id, Patience);
        var closed = await queue.WaitForAsync<CrossBorderProjectClosed>(e => e.ProjectId == project.Id, Patience);
        var contracts = await queue.AllAsync<CrossBorderProjectContracted>(e => e.ProjectId == project.Id);
        Assert.True(approved.Message.WithConditions);
        Assert.Equal([0, 1], contracts.Select(c => c.Message.ModificationNumber).Order());
        Assert.All(contracts, c => Assert.Equal((100_000m, 100_000m), (c.Message.TotalEur, c.Message.TotalChf)));
        Assert.Equal(project.Partners.Select(p => p.OrganisationId).Order(), closed.Message.PartnerOrganisationIds.Order());
    }

    [Fact]
    public async Task A_project_not_approved_publishes_no_approval()
    {
        await using var queue = await IntegrationEventQueue.BindAsync(servers.RabbitMqConnectionString, typeof(CrossBorderProjectApproved));
        var refused = await _api.CreateProjectAsync();
        var approved = await _api.CreateProjectAsync();

        await _api.AdvanceAsync(refused.Id, Submitted, Eligible, NotApproved);
        await _api.AdvanceAsync(approved.Id, Submitted, Eligible, Approved);

        // The outbox publishes in commit order while the broker is up, so the earlier refusal would be seen by now.
        await queue.WaitForAsync<CrossBorderProjectApproved>(e => e.ProjectId == approved.Id, Patience);
        Assert.Empty(await queue.AllAsync<CrossBorderProjectApproved>(e => e.ProjectId == refused.Id));
    }
}
