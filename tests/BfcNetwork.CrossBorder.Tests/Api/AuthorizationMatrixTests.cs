using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using static System.Net.HttpStatusCode;

namespace BfcNetwork.CrossBorder.Tests.Api;

/// <summary>Who calls a CrossBorder endpoint, relative to the project a row arranges.</summary>
public enum Caller
{
    Anonymous,

    /// <summary>A Solidarity role: no business with CrossBorder at all.</summary>
    Coordinator,

    /// <summary>A swiss-partner user of the project's Swiss lead organisation.</summary>
    SwissPartnerOfMember,

    /// <summary>A swiss-partner user of an organisation that is no partner of the project.</summary>
    SwissPartnerOfNonMember,

    /// <summary>An fr-partner user of the project's French lead organisation.</summary>
    FrenchPartnerOfMember,

    /// <summary>An fr-partner user of an organisation that is no partner of the project.</summary>
    FrenchPartnerOfNonMember,

    /// <summary>The programme secretariat.</summary>
    RegionalOfficer,
}

/// <summary>The CrossBorder endpoints, each called with a valid body so that only authorization decides.</summary>
public enum Endpoint
{
    ListProjects,
    GetProject,
    CreateProject,
    ReviseProject,
    SubmitProject,
    DeclareEligible,
    GetHistory,
    GetAudit,
    AddPartner,
    ReviseSwissLeadPartner,
    ReviseFrenchLeadPartner,
    SetSwissLeadBudget,
    SetFrenchLeadBudget,
    RemovePartner,
    NameLeadPartner,
    ReadContact,
    PublicOperations,
    PublicProgramme,
}

/// <summary>
/// The access rules as a table: every caller against every endpoint. The secretariat does
/// everything; partner users see their organisation's projects (others are absent: 404), edit
/// only their own partner record and budget (someone else's in a visible project: 403), and only
/// lead partners submit; secretariat-only endpoints refuse every other role before any lookup (403);
/// without a token it is 401; the public endpoints are open to all. A refusal leaves the project
/// as it was (same ETag).
/// </summary>
public sealed class AuthorizationMatrixTests(CrossBorderApiFixture fixture) : IClassFixture<CrossBorderApiFixture>
{
    private static readonly Caller[] Callers = Enum.GetValues<Caller>();

    /// <summary>Expected status per endpoint, one column per <see cref="Caller"/> in declaration order.</summary>
    private static readonly Dictionary<Endpoint, HttpStatusCode[]> Expected = new()
    {
        // Columns: anonymous, coordinator, CH member, CH stranger, FR member, FR stranger, officer.
        [Endpoint.ListProjects] = [Unauthorized, Forbidden, OK, OK, OK, OK, OK],
        [Endpoint.GetProject] = [Unauthorized, Forbidden, OK, NotFound, OK, NotFound, OK],
        [Endpoint.CreateProject] = [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Created],
        [Endpoint.ReviseProject] = [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, OK],
        [Endpoint.SubmitProject] = [Unauthorized, Forbidden, OK, NotFound, OK, NotFound, OK],
        [Endpoint.DeclareEligible] = [Unauthorized, Forbidden, Forbidden, NotFound, Forbidden, NotFound, OK],
        [Endpoint.GetHistory] = [Unauthorized, Forbidden, OK, NotFound, OK, NotFound, OK],
        [Endpoint.GetAudit] = [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, OK],
        [Endpoint.AddPartner] = [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, OK],
        [Endpoint.ReviseSwissLeadPartner] = [Unauthorized, Forbidden, OK, NotFound, Forbidden, NotFound, OK],
        [Endpoint.ReviseFrenchLeadPartner] = [Unauthorized, Forbidden, Forbidden, NotFound, OK, NotFound, OK],
        [Endpoint.SetSwissLeadBudget] = [Unauthorized, Forbidden, OK, NotFound, Forbidden, NotFound, OK],
        [Endpoint.SetFrenchLeadBudget] = [Unauthorized, Forbidden, Forbidden, NotFound, OK, NotFound, OK],
        [Endpoint.RemovePartner] = [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, OK],
        [Endpoint.NameLeadPartner] = [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, OK],
        [Endpoint.ReadContact] = [Unauthorized, Forbidden, OK, NotFound, OK, NotFound, OK],
        [Endpoint.PublicOperations] = [OK, OK, OK, OK, OK, OK, OK],
        [Endpoint.PublicProgramme] = [OK, OK, OK, OK, OK, OK, OK],
    };

    private readonly CrossBorderApi _api = fixture.Api;

    public static TheoryData<Caller, Endpoint, HttpStatusCode> Matrix()
    {
        var rows = new TheoryData<Caller, Endpoint, HttpStatusCode>();
        foreach (var (endpoint, statuses) in Expected)
        {
            for (var i = 0; i < Callers.Length; i++)
            {
                rows.Add(Callers[i], endpoint, statuses[i]);
            }
        }

        return rows;
    }

    [Fact]
    public void The_matrix_covers_every_endpoint_for_every_caller()
    {
        Assert.Equal(Enum.GetValues<Endpoint>().ToHashSet(), Expected.Keys.ToHashSet());
        Assert.All(Expected.Values, statuses => Assert.Equal(Callers.Length, statuses.Length));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_caller_gets_the_status_the_access_rules_give_them_on_each_endpoint(Caller caller, Endpoint endpoint, HttpStatusCode expected)
    {
        var project = await _api.CreateProjectAsync();
        if (endpoint == Endpoint.DeclareEligible)
        {
            await _api.AdvanceAsync(project.Id, ProjectStatus.Submitted);
        }

        var before = (await _api.GetProjectAsync(project.Id)).ETag;

        var response = await CallAsync(ClientFor(caller, project), endpoint, project);

        if ((int)expected >= 400)
        {
            await Expect.ProblemAsync(response, expected);
            Assert.Equal(before, (await _api.GetProjectAsync(project.Id)).ETag);
        }
        else
        {
            await Expect.StatusAsync(response, expected);
        }
    }

    [Fact]
    public async Task A_partner_users_list_holds_none_of_the_projects_of_other_organisations_and_its_total_counts_only_their_own()
    {
        var organisation = ProjectRequests.Unique("vd-commune");
        var others = new[] { await _api.CreateProjectAsync(), await _api.CreateProjectAsync() };
        var withOrganisation = ProjectRequests.Valid();
        var own = await _api.CreateProjectAsync(withOrganisation with
        {
            Partners = [.. withOrganisation.Partners!, ProjectRequests.Swiss(organisation, "CH-VD", PartnerRole.Partner, null, territory: "NE")],
        });

        var member = await ListAsync(_api.SwissPartner(organisation));
        var stranger = await ListAsync(_api.FrenchPartner(ProjectRequests.Unique("cc-jura")));

        Assert.Equal([own.Id], member.Items.Select(p => p.Id));
        Assert.Equal(1, member.Total);
        Assert.DoesNotContain(member.Items, p => others.Any(o => o.Id == p.Id));
        Assert.Empty(stranger.Items);
        Assert.Equal(0, stranger.Total);
    }

    private HttpClient ClientFor(Caller caller, ProjectResponse project) => caller switch
    {
        Caller.Anonymous => _api.Anonymous(),
        Caller.Coordinator => _api.As(TestTokens.Coordinator(ProjectRequests.Unique("association"))),
        Caller.SwissPartnerOfMember => _api.SwissPartner(Lead(project, PartnerSide.CH).OrganisationId),
        Caller.SwissPartnerOfNonMember => _api.SwissPartner(ProjectRequests.Unique("canton-vaud")),
        Caller.FrenchPartnerOfMember => _api.FrenchPartner(Lead(project, PartnerSide.FR).OrganisationId),
        Caller.FrenchPartnerOfNonMember => _api.FrenchPartner(ProjectRequests.Unique("cc-jura")),
        Caller.RegionalOfficer => _api.Officer(),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    private Task<HttpResponseMessage> CallAsync(HttpClient client, Endpoint endpoint, ProjectResponse project)
    {
        var path = $"{CrossBorderApi.ProjectsPath}/{project.Id}";
        var swissLead = $"{path}/partners/{Lead(project, PartnerSide.CH).Id}";
        var frenchLead = $"{path}/partners/{Lead(project, PartnerSide.FR).Id}";
        var swissPartner = $"{path}/partners/{project.Partners.Single(p => p.Side == PartnerSide.CH && p.Role == PartnerRole.Partner).Id}";
        return endpoint switch
        {
            Endpoint.ListProjects => client.GetAsync(CrossBorderApi.ProjectsPath),
            Endpoint.GetProject => client.GetAsync(path),
            Endpoint.CreateProject => client.PostAsJsonAsync(CrossBorderApi.ProjectsPath, ProjectRequests.Valid(), TestJson.Options),
            Endpoint.ReviseProject => Edit(HttpMethod.Put, path, new ProjectRequest(
                project.Acronym, "Revised: commuting in the Jura arc", project.SpecificObjective, project.CallId, project.DurationMonths, project.Description)),
            Endpoint.SubmitProject => Edit(HttpMethod.Post, $"{path}/transitions", new TransitionRequest(ProjectStatus.Submitted, null, null)),
            Endpoint.DeclareEligible => Edit(HttpMethod.Post, $"{path}/transitions", new TransitionRequest(ProjectStatus.Eligible, null, null)),
            Endpoint.GetHistory => client.GetAsync($"{path}/history"),
            Endpoint.GetAudit => client.GetAsync($"{path}/audit"),
            Endpoint.AddPartner => Edit(HttpMethod.Post, $"{path}/partners", ProjectRequests.Swiss(
                ProjectRequests.Unique("vd-assoc"), "CH-NEW", PartnerRole.Partner, ProjectRequests.Chf(10_000m, ("own-funds", 10_000m)), territory: "NE")),
            Endpoint.ReviseSwissLeadPartner => Edit(HttpMethod.Put, swissLead, new PartnerUpdateRequest(
                "République et Canton du Jura", "CH-LEAD", "JU", null, LegalStatus.PublicBody, new ContactModel("Luc Rossel", "luc.rossel@example.ch", null))),
            Endpoint.ReviseFrenchLeadPartner => Edit(HttpMethod.Put, frenchLead, new PartnerUpdateRequest(
                "Communauté de communes du Doubs", "FR-LEAD", "25", null, LegalStatus.LocalAuthority, new ContactModel("Claire Martin", "claire.martin@example.fr", null))),
            Endpoint.SetSwissLeadBudget => Edit(HttpMethod.Put, $"{swissLead}/budget",
                ProjectRequests.Chf(90_000m, ("npr", 40_000m), ("cantonal", 30_000m), ("own-funds", 20_000m))),
            Endpoint.SetFrenchLeadBudget => Edit(HttpMethod.Put, $"{frenchLead}/budget",
                ProjectRequests.Eur(110_000m, ("erdf", 60_000m), ("fr-public", 20_000m), ("own-funds", 30_000m))),
            Endpoint.RemovePartner => Edit(HttpMethod.Delete, swissPartner, null),
            Endpoint.NameLeadPartner => Edit(HttpMethod.Post, $"{swissPartner}/lead", null),
            Endpoint.ReadContact => client.GetAsync($"{swissLead}/contact"),
            Endpoint.PublicOperations => client.GetAsync("/api/crossborder/public/operations"),
            Endpoint.PublicProgramme => client.GetAsync("/api/crossborder/public/programme"),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };

        // With the project's current ETag, so that a refusal can only come from authorization.
        Task<HttpResponseMessage> Edit(HttpMethod method, string target, object? body) =>
            _api.SendWithETagAsync(client, method, target, body, project.Id);
    }

    private static PartnerResponse Lead(ProjectResponse project, PartnerSide side) =>
        project.Partners.Single(p => p.Side == side && p.Role == PartnerRole.Lead);

    private static async Task<PagedResponse<ProjectSummary>> ListAsync(HttpClient client)
    {
        var response = await client.GetAsync($"{CrossBorderApi.ProjectsPath}?pageSize={PageRequest.MaxPageSize}");
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PagedResponse<ProjectSummary>>(TestJson.Options))!;
    }
}
