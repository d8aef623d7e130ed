extern alias gateway;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Contracts;
using BfcNetwork.Solidarity.Apis.Models;
using BfcNetwork.Solidarity.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using BfcNetwork.Testing.Messaging;
using GatewayProgram = gateway::Program;

namespace BfcNetwork.Solidarity.Tests.EndToEnd;

/// <summary>
/// The walking skeleton's acceptance scenario, through the real gateway to the real service on a
/// loopback port, with real PostgreSQL and RabbitMQ.
/// </summary>
public sealed class SolidarityBehindGatewayTests(TestServers servers) : IAsyncLifetime
{
    private SolidarityApi _solidarity = null!;
    private ServiceFactory<GatewayProgram> _gateway = null!;

    public async ValueTask InitializeAsync()
    {
        _solidarity = await SolidarityApi.StartAsync(servers.NewDatabaseConnectionString("e2e"), servers.RabbitMqConnectionString, listenOnLoopback: true);
        _gateway = new ServiceFactory<GatewayProgram>(new Dictionary<string, string?>
        {
            [ResourceNames.HttpEndpointKey(ResourceNames.Solidarity)] = _solidarity.Factory.PublicAddress!.ToString().TrimEnd('/'),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _solidarity.DisposeAsync();
    }

    private HttpClient ThroughGateway(string? token)
    {
        var client = _gateway.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    [Fact]
    public async Task A_coordinator_applies_an_officer_approves_the_event_is_published_and_the_public_sees_the_project()
    {
        await using var events = await IntegrationEventQueue.BindAsync(servers.RabbitMqConnectionString, typeof(SolidarityProjectApproved));
        var association = await _solidarity.NewAssociationAsync("Amadéa Franche-Comté");
        var coordinator = ThroughGateway(TestTokens.Coordinator(association));
        var officer = ThroughGateway(TestTokens.RegionalOfficer());

        var overGranted = ProjectRequests.Valid().WithBudget(20_000m, 2_000m, 10_500m, 7_500m) with { BeneficiaryCountry = "CH" };
        var errors = await Expect.ProblemAsync(await coordinator.PostAsJsonAsync("/api/solidarity/projects", overGranted, SolidarityApi.Json), HttpStatusCode.BadRequest);
        Assert.Contains("budget.requestedGrant", errors.Keys);
        Assert.Contains("beneficiaryCountry", errors.Keys);

        var created = await coordinator.PostAsJsonAsync("/api/solidarity/projects", ProjectRequests.Valid("Physalis through the gateway"), SolidarityApi.Json);
        await Expect.StatusAsync(created, HttpStatusCode.Created);
        var project = (await created.Content.ReadFromJsonAsync<ProjectResponse>(SolidarityApi.Json))!;
        await Expect.StatusAsync(await coordinator.PostAsync($"/api/solidarity/projects/{project.Id}/submit", null), HttpStatusCode.OK);
        await Expect.ProblemAsync(await coordinator.PostAsJsonAsync($"/api/solidarity/projects/{project.Id}/decision",
            new DecisionRequest("approve", 9_000m, null), SolidarityApi.Json), HttpStatusCode.Forbidden);
        await Expect.StatusAsync(await officer.PostAsJsonAsync($"/api/solidarity/projects/{project.Id}/decision",
            new DecisionRequest("approve", 9_000m, "Granted"), SolidarityApi.Json), HttpStatusCode.OK);

        var approved = await events.WaitForAsync<SolidarityProjectApproved>(e => e.ProjectId == project.Id, TimeSpan.FromSeconds(30));
        Assert.Equal(9_000m, approved.Message.GrantedAmountEur);
        var publicList = await ThroughGateway(null).GetFromJsonAsync<PagedResponse<PublicProject>>("/api/solidarity/public/projects?country=MG&pageSize=100", SolidarityApi.Json);
        Assert.Contains(publicList!.Items, p => p.Id == project.Id);
    }

    [Fact]
    public async Task Another_association_gets_404_and_an_empty_list_a_stranger_gets_401_and_a_stale_version_412()
    {
        var owner = await _solidarity.NewAssociationAsync("Owner");
        var other = await _solidarity.NewAssociationAsync("Other");
        var coordinator = ThroughGateway(TestTokens.Coordinator(owner));
        var created = await coordinator.PostAsJsonAsync("/api/solidarity/projects", ProjectRequests.Valid(), SolidarityApi.Json);
        var project = (await created.Content.ReadFromJsonAsync<ProjectResponse>(SolidarityApi.Json))!;
        var intruder = ThroughGateway(TestTokens.Coordinator(other));

        await Expect.ProblemAsync(await intruder.GetAsync($"/api/solidarity/projects/{project.Id}"), HttpStatusCode.NotFound);
        Assert.DoesNotContain(project.Id.ToString(), await intruder.GetStringAsync("/api/solidarity/projects"));
        await Expect.ProblemAsync(await ThroughGateway(null).GetAsync($"/api/solidarity/projects/{project.Id}"), HttpStatusCode.Unauthorized);

        var revise = new HttpRequestMessage(HttpMethod.Put, $"/api/solidarity/projects/{project.Id}")
        {
            Content = JsonContent.Create(ProjectRequests.Valid("Revised"), options: SolidarityApi.Json),
        };
        revise.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        await Expect.ProblemAsync(await coordinator.SendAsync(revise), HttpStatusCode.PreconditionFailed);
    }
}
