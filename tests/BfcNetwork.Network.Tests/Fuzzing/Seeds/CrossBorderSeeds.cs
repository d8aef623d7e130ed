using System.Text.Json.Nodes;
using BfcNetwork.Network.Tests.Support;
using BfcNetwork.Testing.Requests;
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
            ["AddPartner"] = new(officer) { Path = onProject, Body = Json(ProjectBodies.Partner(Unique("fr-partner"), "FR-NEW", "FR", "25", "local-authority", "partner", Eur(30_000m))), Optional = partnerOptional },
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
            ["SetPartnerBudget"] = new(officer) { Path = onPartner, Body = Json(Chf(25_000m)), Optional = new HashSet<string> { "coFinancing" } },
            ["GetPartnerContact"] = new(officer) { Path = onPartner },
            ["ListOperations"] = new(null),
            ["GetProgramme"] = new(null),
        });
    }

    /// <summary>The project without its partners: what a revision sends.</summary>
    private static JsonObject ProjectFields()
    {
        var project = Project();
        project.Remove("partners");
        return project;
    }

    private static JsonObject Project() => Json(ProjectBodies.CrossBorderProject(Unique("cc-doubs"), Unique("canton-jura"), Unique("ne-assoc")));

    /// <summary>60 % ERDF, 20 % French public funds, 20 % own funds.</summary>
    private static object Eur(decimal total) => ProjectBodies.Budget("EUR", total, ("erdf", total * 0.6m), ("fr-public", total * 0.2m), ("own-funds", total * 0.2m));

    /// <summary>Half federal NPR, the rest own funds.</summary>
    private static object Chf(decimal total) => ProjectBodies.Budget("CHF", total, ("npr", total * 0.5m), ("own-funds", total * 0.5m));
}
