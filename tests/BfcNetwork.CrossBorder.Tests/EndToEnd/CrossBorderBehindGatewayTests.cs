extern alias gateway;

using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Contracts;
using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using BfcNetwork.Testing.Messaging;
using GatewayProgram = gateway::Program;

namespace BfcNetwork.CrossBorder.Tests.EndToEnd;

/// <summary>
/// CrossBorder through the real gateway to the real service on a loopback port, with real
/// PostgreSQL and RabbitMQ: partner scoping, budgets kept per currency and the public list of
/// operations.
/// </summary>
public sealed class CrossBorderBehindGatewayTests(TestServers servers) : IAsyncLifetime
{
    private const string ProjectsPath = CrossBorderApi.ProjectsPath;

    private CrossBorderApi _crossBorder = null!;
    private ServiceFactory<GatewayProgram> _gateway = null!;

    public async ValueTask InitializeAsync()
    {
        _crossBorder = await CrossBorderApi.StartAsync(servers.NewDatabaseConnectionString("cb-e2e"), servers.RabbitMqConnectionString, listenOnLoopback: true);
        _gateway = new ServiceFactory<GatewayProgram>(new Dictionary<string, string?>
        {
            [ResourceNames.HttpEndpointKey(ResourceNames.CrossBorder)] = _crossBorder.Factory.PublicAddress!.ToString().TrimEnd('/'),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _crossBorder.DisposeAsync();
    }

    [Fact]
    public async Task Swiss_partner_sees_exactly_the_projects_of_their_organisation()
    {
        var organisation = ProjectRequests.Unique("canton-neuchatel");
        var officer = Officer();
        var asLead = await _crossBorder.CreateProjectAsync(WithSwissOrganisation(organisation, PartnerRole.Lead), officer);
        var asPartner = await _crossBorder.CreateProjectAsync(WithSwissOrganisation(organisation, PartnerRole.Partner), officer);
        var without = await _crossBorder.CreateProjectAsync(ProjectRequests.Valid(), officer);
        var swissPartner = ThroughGateway(TestTokens.For(Roles.SwissPartner, organisation));

        var response = await swissPartner.GetAsync($"{ProjectsPath}?pageSize={PageRequest.MaxPageSize}");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var list = (await response.Content.ReadFromJsonAsync<PagedResponse<ProjectSummary>>(TestJson.Options))!;
        Assert.Equal(new HashSet<Guid> { asLead.Id, asPartner.Id }, list.Items.Select(p => p.Id).ToHashSet());
        Assert.Equal(2, list.Total);
        await Expect.StatusAsync(await swissPartner.GetAsync($"{ProjectsPath}/{asPartner.Id}"), HttpStatusCode.OK);
        await Expect.ProblemAsync(await swissPartner.GetAsync($"{ProjectsPath}/{without.Id}"), HttpStatusCode.NotFound);
        await Expect.ProblemAsync(await swissPartner.GetAsync($"{ProjectsPath}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_Swiss_lead_may_not_touch_the_French_budget_sets_its_own_in_CHF_and_is_refused_an_amount_in_EUR()
    {
        var officer = Officer();
        var project = await _crossBorder.CreateProjectAsync(ProjectRequests.Valid(), officer);
        var frenchLead = Lead(project, PartnerSide.FR);
        var swissLead = Lead(project, PartnerSide.CH);
        var swissPartner = ThroughGateway(TestTokens.For(Roles.SwissPartner, swissLead.OrganisationId));
        var (before, etag) = await _crossBorder.GetProjectAsync(project.Id, officer);

        var intrusion = await _crossBorder.SendWithETagAsync(swissPartner, HttpMethod.Put, BudgetPath(project, frenchLead),
            ProjectRequests.Eur(150_000m, ("erdf", 90_000m), ("own-funds", 60_000m)), project.Id, etag);

        await Expect.ProblemAsync(intrusion, HttpStatusCode.Forbidden);
        var (unchanged, unchangedETag) = await _crossBorder.GetProjectAsync(project.Id, officer);
        Assert.Equal(etag, unchangedETag);
        Assert.Equivalent(Lead(before, PartnerSide.FR).Budget, Lead(unchanged, PartnerSide.FR).Budget, strict: true);
        Assert.Equal(new Money(100_000m, "EUR"), unchanged.Budget.French.Total);

        var own = await _crossBorder.SendWithETagAsync(swissPartner, HttpMethod.Put, BudgetPath(project, swissLead),
            ProjectRequests.Chf(90_000m, ("npr", 45_000m), ("cantonal", 30_000m), ("own-funds", 15_000m)), project.Id, unchangedETag);

        await Expect.StatusAsync(own, HttpStatusCode.OK);
        var (revised, revisedETag) = await _crossBorder.GetProjectAsync(project.Id, officer);
        Assert.Equal(new Money(90_000m, "CHF"), Lead(revised, PartnerSide.CH).Budget!.TotalEligibleCost);
        Assert.Equal(new Money(110_000m, "CHF"), revised.Budget.Swiss.Total);
        Assert.Equal(new Money(100_000m, "EUR"), revised.Budget.French.Total);

        var inEuros = await _crossBorder.SendWithETagAsync(swissPartner, HttpMethod.Put, BudgetPath(project, swissLead),
            ProjectRequests.Eur(90_000m), project.Id, revisedETag);

        var errors = await Expect.ProblemAsync(inEuros, HttpStatusCode.BadRequest);
        Assert.Contains("totalEligibleCost.currency", errors.Keys);
        Assert.Equal(revisedETag, (await _crossBorder.GetProjectAsync(project.Id, officer)).ETag);
    }

    [Fact]
    public async Task Approving_a_project_publishes_CrossBorderProjectApproved_with_the_EUR_and_CHF_totals_kept_apart()
    {
        await using var events = await IntegrationEventQueue.BindAsync(servers.RabbitMqConnectionString, typeof(CrossBorderProjectApproved));
        var project = await _crossBorder.CreateProjectAsync(ProjectRequests.Valid(), Officer());

        await ApproveThroughGatewayAsync(project.Id);

        var approved = (await events.WaitForAsync<CrossBorderProjectApproved>(e => e.ProjectId == project.Id, TimeSpan.FromSeconds(30))).Message;
        Assert.Equal((project.Acronym, false), (approved.Acronym, approved.WithConditions));
        // Every amount the event carries, by name: EUR 100,000 and CHF 80,000 + 20,000 side by side, never one 200,000 figure.
        var figures = typeof(CrossBorderProjectApproved).GetProperties()
            .Where(p => p.PropertyType == typeof(decimal))
            .ToDictionary(p => p.Name, p => (decimal)p.GetValue(approved)!);
        Assert.Equal(new Dictionary<string, decimal>
        {
            [nameof(CrossBorderProjectApproved.TotalEur)] = 100_000m,
            [nameof(CrossBorderProjectApproved.TotalChf)] = 100_000m,
            [nameof(CrossBorderProjectApproved.ErdfEur)] = 60_000m,
        }, figures);
        Assert.DoesNotContain(200_000m, figures.Values);
    }

    [Fact]
    public async Task Anyone_reads_the_public_operations_with_amounts_per_currency_but_not_the_projects_without_a_token()
    {
        var officer = Officer();
        var approved = await _crossBorder.CreateProjectAsync(ProjectRequests.Valid(), officer);
        var draft = await _crossBorder.CreateProjectAsync(ProjectRequests.Valid(), officer);
        await ApproveThroughGatewayAsync(approved.Id);
        var anonymous = ThroughGateway(null);

        var response = await anonymous.GetAsync($"/api/crossborder/public/operations?pageSize={PageRequest.MaxPageSize}");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var operations = (await response.Content.ReadFromJsonAsync<PagedResponse<PublicOperation>>(TestJson.Options))!;
        var operation = Assert.Single(operations.Items, o => o.Id == approved.Id);
        Assert.Equal(ProjectStatus.Approved, operation.Status);
        Assert.Equal([new Money(100_000m, "EUR"), new Money(100_000m, "CHF")], operation.Amounts);
        Assert.Equal(new Money(60_000m, "EUR"), operation.Erdf);
        Assert.DoesNotContain(operations.Items, o => o.Id == draft.Id);

        await Expect.ProblemAsync(await anonymous.GetAsync(ProjectsPath), HttpStatusCode.Unauthorized);
        await Expect.ProblemAsync(await anonymous.GetAsync($"{ProjectsPath}/{approved.Id}"), HttpStatusCode.Unauthorized);
    }

    private HttpClient ThroughGateway(string? token) => _gateway.CreateClient().WithBearer(token);

    private HttpClient Officer() => ThroughGateway(TestTokens.RegionalOfficer());

    /// <summary>The secretariat's steps, through the gateway: submitted, eligible, approved.</summary>
    private async Task ApproveThroughGatewayAsync(Guid projectId)
    {
        foreach (var step in new[] { ProjectStatus.Submitted, ProjectStatus.Eligible, ProjectStatus.Approved })
        {
            await Expect.StatusAsync(await _crossBorder.TransitionAsync(projectId, step, client: Officer()), HttpStatusCode.OK);
        }
    }

    private static ProjectRequest WithSwissOrganisation(string organisation, PartnerRole role)
    {
        var request = ProjectRequests.Valid();
        return request with
        {
            Partners = [.. request.Partners!.Select(p => p.Side == PartnerSide.CH && p.Role == role ? p with { OrganisationId = organisation } : p)],
        };
    }

    private static PartnerResponse Lead(ProjectResponse project, PartnerSide side) =>
        project.Partners.Single(p => p.Side == side && p.Role == PartnerRole.Lead);

    private static string BudgetPath(ProjectResponse project, PartnerResponse partner) =>
        $"{ProjectsPath}/{project.Id}/partners/{partner.Id}/budget";
}
