using System.Text.Json.Nodes;
using BfcNetwork.Network.Tests.Support;
using static BfcNetwork.Network.Tests.Fuzzing.Seeds.SeedRequests;
using static BfcNetwork.Network.Tests.Support.NetworkRequests;

namespace BfcNetwork.Network.Tests.Fuzzing.Seeds;

/// <summary>A draft joint project of three partners (a French lead, a Swiss lead, a Swiss partner), worked on by the secretariat.</summary>
public static class CrossBorderSeeds
{
    public static async Task<ServiceSeeds> CreateAsync(NetworkService service)
    {
        var client = service.Client();
        var officer = Officer();
        var project = await client.PostAsync("/api/crossborder/projects", officer, Project());
        var swissPartner = project["partners"]!.AsArray().Single(p => p!["shortName"]!.GetValue<string>() == "CH-PARTNER")!.AsObject();

        var onProject = new Dictionary<string, string> { ["id"] = project.Id() };
        var onPartner = new Dictionary<string, string> { ["id"] = project.Id(), ["partnerId"] = swissPartner.Id() };
        // A role defaults to partner; contact, budget and co-financing lines may come later.
        var partnerOptional = new HashSet<string> { "outsideAreaJustification", "role", "contact", "contact.phone", "budget", "budget.coFinancing" };
        return new ServiceSeeds("crossborder", new Dictionary<string, OperationSeed>
        {
            ["CreateProject"] = new(officer) { Body = Project(), Optional = new HashSet<string>(partnerOptional.Select(f => $"partners.{f}")) { "description", "partners" } },
            ["ListProjects"] = new(officer),
            ["GetProject"] = new(officer) { Path = onProject },
            ["ReviseProject"] = new(officer) { Path = onProject, Body = ProjectFields(), Optional = new HashSet<string> { "description" } },
            ["TransitionProject"] = new(officer) { Path = onProject, Body = Json("""{"to":"submitted","note":"Ready for the secretariat"}"""), Optional = new HashSet<string> { "note" } },
            ["GetProjectHistory"] = new(officer) { Path = onProject },
            ["GetProjectAudit"] = new(officer) { Path = onProject },
            ["AddPartner"] = new(officer) { Path = onProject, Body = French(Unique("fr-partner"), "FR-NEW", "partner", Eur(30_000)), Optional = partnerOptional },
            ["RevisePartner"] = new(officer)
            {
                Path = onPartner,
                Body = Json("""
                    {"organisationName":"Association neuchâteloise","shortName":"CH-PARTNER","territory":"NE","legalStatus":"public-body",
                     "contact":{"name":"Luc Rossel","email":"luc.rossel@example.ch","phone":"+41 32 000 00 00"}}
                    """),
                Optional = new HashSet<string> { "outsideAreaJustification", "contact", "contact.phone" },
            },
            ["RemovePartner"] = new(officer) { Path = onPartner, PathOnly = true },
            ["NameLeadPartner"] = new(officer) { Path = onPartner, PathOnly = true },
            ["SetPartnerBudget"] = new(officer) { Path = onPartner, Body = Chf(25_000), Optional = new HashSet<string> { "coFinancing" } },
            ["GetPartnerContact"] = new(officer) { Path = onPartner },
            ["ListOperations"] = new(null),
            ["GetProgramme"] = new(null),
        });
    }

    private static JsonObject ProjectFields() => Json($$"""
        {"acronym":"{{Acronym()}}","title":"Cross-border commuting in the Jura arc","specificObjective":"RSO2.8","callId":"IFS-2024-01",
         "durationMonths":24,"description":"Shared commuter lines between the Haut-Doubs and the Jura."}
        """);

    private static JsonObject Project()
    {
        var project = ProjectFields();
        project["partners"] = new JsonArray(
            French(Unique("cc-doubs"), "FR-LEAD", "lead", Eur(100_000)),
            Swiss(Unique("canton-jura"), "CH-LEAD", "lead", "JU", Chf(80_000)),
            Swiss(Unique("ne-assoc"), "CH-PARTNER", "partner", "NE", Chf(20_000)));
        return project;
    }

    private static string N(decimal amount) => amount.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Acronym() => $"F{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}";

    private static JsonObject French(string organisationId, string shortName, string role, JsonObject budget) => Json($$"""
        {"organisationId":"{{organisationId}}","organisationName":"Organisation {{organisationId}}","shortName":"{{shortName}}","side":"FR",
         "territory":"25","legalStatus":"local-authority","role":"{{role}}",
         "contact":{"name":"Claire Martin","email":"claire.martin@example.fr","phone":"+33 3 81 00 00 00"},"budget":{{budget.ToJsonString()}}}
        """);

    private static JsonObject Swiss(string organisationId, string shortName, string role, string territory, JsonObject budget) => Json($$"""
        {"organisationId":"{{organisationId}}","organisationName":"Organisation {{organisationId}}","shortName":"{{shortName}}","side":"CH",
         "territory":"{{territory}}","legalStatus":"public-body","role":"{{role}}",
         "contact":{"name":"Luc Rossel","email":"luc.rossel@example.ch","phone":"+41 32 000 00 00"},"budget":{{budget.ToJsonString()}}}
        """);

    /// <summary>60 % ERDF, 20 % French public funds, 20 % own funds.</summary>
    private static JsonObject Eur(decimal total) => Json($$$"""
        {"totalEligibleCost":{"amount":{{{N(total)}}},"currency":"EUR"},"coFinancing":[
          {"fund":"erdf","amount":{"amount":{{{N(total * 0.6m)}}},"currency":"EUR"}},
          {"fund":"fr-public","amount":{"amount":{{{N(total * 0.2m)}}},"currency":"EUR"}},
          {"fund":"own-funds","amount":{"amount":{{{N(total * 0.2m)}}},"currency":"EUR"}}]}
        """);

    /// <summary>Half federal NPR, the rest own funds.</summary>
    private static JsonObject Chf(decimal total) => Json($$$"""
        {"totalEligibleCost":{"amount":{{{N(total)}}},"currency":"CHF"},"coFinancing":[
          {"fund":"npr","amount":{"amount":{{{N(total * 0.5m)}}},"currency":"CHF"}},
          {"fund":"own-funds","amount":{"amount":{{{N(total * 0.5m)}}},"currency":"CHF"}}]}
        """);
}
