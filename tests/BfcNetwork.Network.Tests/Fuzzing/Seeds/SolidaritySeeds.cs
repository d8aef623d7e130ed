using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing.Hosting;
using BfcNetwork.Testing.Requests;
using static BfcNetwork.Network.Tests.Fuzzing.Seeds.SeedRequests;
using static BfcNetwork.Network.Tests.Support.NetworkRequests;

namespace BfcNetwork.Network.Tests.Fuzzing.Seeds;

/// <summary>An association, a draft project (revised, submitted, cancelled) and a submitted one (decided on).</summary>
public static class SolidaritySeeds
{
    public static async Task<ServiceSeeds> CreateAsync(NetworkService service)
    {
        var client = service.Client();
        var officer = Officer();
        var associationId = Unique("fuzz-association");
        await client.PostAsync("/api/solidarity/associations", officer, Json($$"""{"id":"{{associationId}}","name":"Fuzz association","city":"Besançon"}"""));
        var coordinator = TestTokens.For(Roles.Coordinator, associationId);

        var draft = await client.PostAsync("/api/solidarity/projects", coordinator, Project());
        var submitted = await client.PostAsync("/api/solidarity/projects", coordinator, Project());
        await client.PostAsync($"/api/solidarity/projects/{submitted.Id()}/submit", coordinator, Json("""{"comment":"Ready"}"""));

        var projectOptional = new HashSet<string>
        {
            "localPartners", "localPartners.agreementSigned", "sdgs", "dacSectors", "hasAwarenessAction", "awarenessActionDescription",
            "involvesInternationalVolunteers", "budget.coFunders", "budget.coFunders.status", "budget.currency",
        };
        var onDraft = new Dictionary<string, string> { ["id"] = draft.Id() };
        var comment = new HashSet<string> { "comment" };
        return new ServiceSeeds("solidarity", new Dictionary<string, OperationSeed>
        {
            ["ListPublicProjects"] = new(null),
            ["ListProjects"] = new(coordinator),
            ["CreateProject"] = new(coordinator) { Body = Project(), Optional = projectOptional },
            ["GetProject"] = new(coordinator) { Path = onDraft },
            ["ReviseProject"] = new(coordinator) { Path = onDraft, Body = Project(), Optional = projectOptional },
            ["SubmitProject"] = new(coordinator) { Path = onDraft, Body = Json("""{"comment":"Please consider it"}"""), Optional = comment },
            ["CancelProject"] = new(coordinator) { Path = onDraft, Body = Json("""{"comment":"Withdrawn"}"""), Optional = comment },
            ["DecideOnProject"] = new(officer)
            {
                Path = new Dictionary<string, string> { ["id"] = submitted.Id() },
                Body = Json("""{"outcome":"approve","grantAmount":5000,"comment":"Granted"}"""),
                Optional = comment,
                Words = new HashSet<string> { "outcome" },
            },
            ["GetProjectHistory"] = new(coordinator) { Path = onDraft },
            ["ListAssociations"] = new(officer),
            ["RegisterAssociation"] = new(officer)
            {
                Body = Json($$"""{"id":"{{Unique("fuzz-other")}}","name":"Another association","city":"Dijon"}"""),
                Optional = new HashSet<string> { "id" },
            },
            ["GetAssociation"] = new(officer) { Path = new Dictionary<string, string> { ["id"] = associationId } },
        });
    }

    private static System.Text.Json.Nodes.JsonObject Project() =>
        Json(ProjectBodies.SolidarityProject("Solar fruit dryers for a Malagasy cooperative", "Coopérative des producteurs de physalis"));
}
