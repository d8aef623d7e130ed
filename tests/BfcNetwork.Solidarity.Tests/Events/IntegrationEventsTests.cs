using System.Net;
using BfcNetwork.Contracts;
using BfcNetwork.Solidarity.Apis.Models;
using BfcNetwork.Solidarity.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Messaging;

namespace BfcNetwork.Solidarity.Tests.Events;

public sealed class IntegrationEventsTests(SolidarityApiFixture fixture, TestServers servers) : IClassFixture<SolidarityApiFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SolidarityApi _api = fixture.Api;

    [Fact]
    public async Task Submitting_and_approving_publish_their_events_on_RabbitMQ()
    {
        await using var queue = await IntegrationEventQueue.BindAsync(servers.RabbitMqConnectionString,
            typeof(SolidarityProjectSubmitted), typeof(SolidarityProjectApproved));
        var association = await _api.NewAssociationAsync();
        var coordinator = _api.Coordinator(association);
        var (project, _) = await _api.CreateProjectAsync(coordinator);

        await _api.SubmitAsync(coordinator, project.Id);
        var submitted = await queue.WaitForAsync<SolidarityProjectSubmitted>(e => e.ProjectId == project.Id, Patience);
        await Expect.StatusAsync(await _api.DecideAsync(project.Id, new DecisionRequest("approve", 9_500m, "Granted")), HttpStatusCode.OK);
        var approved = await queue.WaitForAsync<SolidarityProjectApproved>(e => e.ProjectId == project.Id, Patience);

        Assert.Equal((association, "MG", 10_000m), (submitted.Message.AssociationId, submitted.Message.BeneficiaryCountry, submitted.Message.RequestedGrantEur));
        Assert.Equal([2, 7], submitted.Message.Sdgs);
        Assert.Equal(9_500m, approved.Message.GrantedAmountEur);
        Assert.Equal(["31194"], approved.Message.DacSectors);
        Assert.Equal("Coopérative des producteurs de physalis", Assert.Single(approved.Message.LocalPartners).Name);
        Assert.NotEqual(submitted.MessageId, approved.MessageId);
    }

    [Fact]
    public async Task A_rejection_publishes_its_event_and_changes_requested_publish_none()
    {
        await using var queue = await IntegrationEventQueue.BindAsync(servers.RabbitMqConnectionString,
            typeof(SolidarityProjectRejected), typeof(SolidarityProjectApproved));
        var association = await _api.NewAssociationAsync();
        var coordinator = _api.Coordinator(association);
        var (project, _) = await _api.CreateProjectAsync(coordinator);
        await _api.SubmitAsync(coordinator, project.Id);
        await Expect.StatusAsync(await _api.DecideAsync(project.Id, new DecisionRequest("request-changes", null, "Detail it")), HttpStatusCode.OK);
        await _api.SubmitAsync(coordinator, project.Id);

        await Expect.StatusAsync(await _api.DecideAsync(project.Id, new DecisionRequest("reject", null, "Outside priorities")), HttpStatusCode.OK);

        var rejected = await queue.WaitForAsync<SolidarityProjectRejected>(e => e.ProjectId == project.Id, Patience);
        Assert.Equal(association, rejected.Message.AssociationId);
        Assert.Empty(await queue.AllAsync<SolidarityProjectApproved>(e => e.ProjectId == project.Id));
    }
}
