using System.Text.Json.Nodes;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing.Hosting;
using static BfcNetwork.Network.Tests.Fuzzing.Seeds.SeedRequests;

namespace BfcNetwork.Network.Tests.Fuzzing.Seeds;

/// <summary>A lead shared with an intercommunality, with a task and a site proposed by that intercommunality.</summary>
public static class InvestmentSeeds
{
    private const string Epci = "cc-grand-pontarlier";

    public static async Task<ServiceSeeds> CreateAsync(NetworkService service)
    {
        var client = service.Client();
        var officer = TestTokens.For(Roles.InvestmentOfficer, null, "fuzz-investment-officer");
        var interco = TestTokens.For(Roles.IntercoOfficer, Epci);
        var company = $"Fuzz Company {Guid.NewGuid():N}";
        var lead = await client.PostAsync("/api/investment/leads", officer, Lead(company));
        var onLead = new Dictionary<string, string> { ["id"] = lead.Id() };
        var task = await client.PostAsync($"/api/investment/leads/{lead.Id()}/tasks", officer, Task());
        var proposal = await client.PostAsync($"/api/investment/shared-leads/{lead.Id()}/site-proposals", interco, Proposal());

        var leadOptional = new HashSet<string>
        {
            "sector", "investmentType", "description", "anonymisedDescription", "needs", "confidential", "capexEur", "jobsAnnounced",
            "candidateSites", "candidateSites.siteName", "candidateSites.surfaceM2", "candidateSites.availableFrom", "competingCountries",
            "estimatedDecisionDate", "sharedWith",
        };
        var onProposal = new Dictionary<string, string> { ["id"] = lead.Id(), ["proposalId"] = proposal.Id() };
        return new ServiceSeeds("investment", new Dictionary<string, OperationSeed>
        {
            ["ListTasks"] = new(officer),
            ["CreateLead"] = new(officer) { Body = Lead($"Fuzz Company {Guid.NewGuid():N}"), Optional = leadOptional },
            ["ListLeads"] = new(officer),
            ["ExportLeads"] = new(officer),
            ["GetLead"] = new(officer) { Path = onLead },
            ["ReviseLead"] = new(officer) { Path = onLead, Body = Lead(company), Optional = leadOptional },
            ["MoveLead"] = new(officer) { Path = onLead, Body = Json("""{"stage":"contacted","comment":"First call done"}"""), Optional = new HashSet<string> { "comment" } },
            ["LoseLead"] = new(officer) { Path = onLead, Body = Json("""{"countryLostTo":"PT","reason":"The group chose Portugal"}""") },
            ["AbandonLead"] = new(officer) { Path = onLead, Body = Json("""{"reason":"The project was dropped"}""") },
            ["HoldLead"] = new(officer) { Path = onLead, Body = Json("""{"comment":"Waiting for the board"}"""), Optional = new HashSet<string> { "comment" } },
            ["ResumeLead"] = new(officer) { Path = onLead, Body = Json("""{"comment":"The board said yes"}"""), Optional = new HashSet<string> { "comment" } },
            ["GetStageLog"] = new(officer) { Path = onLead },
            ["ListActivities"] = new(officer) { Path = onLead },
            ["RecordActivity"] = new(officer) { Path = onLead, Body = Json($$"""{"kind":"meeting","date":"{{Date(-1)}}","note":"Met the CFO"}""") },
            ["ListLeadTasks"] = new(officer) { Path = onLead },
            ["CreateTask"] = new(officer) { Path = onLead, Body = Task() },
            ["SetTaskDone"] = new(officer) { Path = new Dictionary<string, string> { ["id"] = lead.Id(), ["taskId"] = task.Id() }, Body = Json("""{"done":true}""") },
            ["ListSharedLeads"] = new(interco),
            ["GetSharedLead"] = new(interco) { Path = onLead },
            ["ProposeSite"] = new(interco) { Path = onLead, Body = Proposal(), Optional = new HashSet<string> { "note", "intercommunalityName" } },
            ["ListSiteProposals"] = new(officer) { Path = onLead },
            ["AcceptSiteProposal"] = new(officer) { Path = onProposal, PathOnly = true },
            ["DeclineSiteProposal"] = new(officer) { Path = onProposal, PathOnly = true },
            ["GetPipeline"] = new(officer),
            ["GetKpis"] = new(officer),
        });
    }

    private static JsonObject Lead(string company) => Json($$"""
        {
          "companyName": "{{company}}",
          "originCountry": "ES",
          "sector": "agrifood",
          "investmentType": "new-site",
          "description": "A bakery group's first French plant.",
          "anonymisedDescription": "A Spanish bakery group opens a plant.",
          "needs": "4 ha, rail access",
          "confidential": false,
          "capexEur": 25000000,
          "jobsAnnounced": 120,
          "candidateSites": [{ "commune": "Pontarlier", "intercommunalityId": "{{Epci}}", "intercommunalityName": "Communauté de communes du Grand Pontarlier" }],
          "competingCountries": ["PT"],
          "estimatedDecisionDate": "{{Date(120)}}",
          "sharedWith": ["{{Epci}}"]
        }
        """);

    private static JsonObject Task() => Json($$"""{"title":"Send the site file","assigneeId":"fuzz-investment-officer","dueDate":"{{Date(14)}}"}""");

    private static JsonObject Proposal() => Json($$"""
        {"siteName":"Zone des Gravilliers","commune":"Pontarlier","surfaceM2":40000,"availableFrom":"{{Date(60)}}","note":"Rail siding nearby",
         "intercommunalityName":"Communauté de communes du Grand Pontarlier"}
        """);
}
