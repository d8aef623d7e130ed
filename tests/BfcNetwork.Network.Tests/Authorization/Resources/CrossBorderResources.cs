extern alias crossborder;

using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Http;
using crossborder::BfcNetwork.CrossBorder.Apis.Models;
using crossborder::BfcNetwork.CrossBorder.Domain;

namespace BfcNetwork.Network.Tests.Authorization.Resources;

/// <summary>Interreg joint projects whose partners are an organisation's French and Swiss records, registered by the secretariat.</summary>
public sealed class CrossBorderResources(NetworkUsers users)
{
    public const string Service = ResourceNames.CrossBorder;
    public const string Projects = "/api/crossborder/projects";

    private static readonly Principal Secretariat = Principal.Unscoped(Roles.RegionalOfficer);

    /// <summary>
    /// A complete, submittable draft: the organisation's French lead in the Doubs (EUR 100,000, 60 %
    /// ERDF) and Swiss lead in the canton of Jura (CHF 80,000), plus a Swiss partner in Neuchâtel of
    /// the same organisation family (CHF 20,000).
    /// </summary>
    public async Task<JointProject> DraftAsync(Organisation organisation, Names? names = null) =>
        JointProject.From(await users.PostAsync(Service, Secretariat, Projects, NewProject(organisation, names)));

    public static ProjectRequest NewProject(Organisation organisation, Names? names = null)
    {
        names ??= Names.Plain();
        return new ProjectRequest(
            names.Acronym, names.Title, "RSO2.8", "IFS-2024-01", 24, "Shared commuter lines between the Haut-Doubs and the Jura.",
            [
                Partner(organisation.ClaimFor(Roles.FrenchPartner), names, "FR-LEAD", PartnerSide.FR, "25", PartnerRole.Lead,
                    Budget("EUR", 100_000m, ("erdf", 60_000m), ("fr-public", 20_000m), ("own-funds", 20_000m))),
                Partner(organisation.ClaimFor(Roles.SwissPartner), names, "CH-LEAD", PartnerSide.CH, "JU", PartnerRole.Lead,
                    Budget("CHF", 80_000m, ("npr", 40_000m), ("cantonal", 30_000m), ("own-funds", 10_000m))),
                Partner($"{organisation.Id}-ne", names, "CH-PARTNER", PartnerSide.CH, "NE", PartnerRole.Partner,
                    Budget("CHF", 20_000m, ("own-funds", 20_000m))),
            ]);
    }

    /// <summary>Moves a project along its lifecycle as the secretariat (eligibility and decisions dated today).</summary>
    public async Task<JointProject> MovedAsync(JointProject project, params ProjectStatus[] path)
    {
        var current = project;
        foreach (var status in path)
        {
            current = current with
            {
                ETag = (await users.SendAsync(Service, Secretariat, HttpMethod.Post, $"{Projects}/{project.Id}/transitions",
                    new TransitionRequest(status, null, null), current.ETag)).ETag,
            };
        }

        return current;
    }

    public Task ReadContactAsync(JointProject project) =>
        users.SendAsync(Service, Secretariat, HttpMethod.Get, $"{Projects}/{project.Id}/partners/{project.SwissLead}/contact");

    public static TransitionRequest Submission => new(ProjectStatus.Submitted, null, null);

    public static ProjectRequest Revision(JointProject project) =>
        new(project.Acronym, "Revised: commuting in the Jura arc", "RSO2.8", "IFS-2024-01", 24, "Shared commuter lines, revised.");

    public static PartnerUpdateRequest SwissLeadUpdate => new(
        "République et Canton du Jura", "CH-LEAD", "JU", null, LegalStatus.PublicBody, new ContactModel("Luc Rossel", "luc.rossel@example.ch", null));

    public static BudgetRequest SwissLeadBudget => Budget("CHF", 90_000m, ("npr", 40_000m), ("cantonal", 30_000m), ("own-funds", 20_000m));

    public static PartnerRequest NewSwissPartner() => new(
        Organisation.Random("vd").Id, "Association vaudoise", "CH-NEW", PartnerSide.CH, "NE", null, LegalStatus.Association, PartnerRole.Partner,
        null, Budget("CHF", 10_000m, ("own-funds", 10_000m)));

    private static PartnerRequest Partner(string organisationId, Names names, string shortName, PartnerSide side, string territory, PartnerRole role, BudgetRequest budget) => new(
        organisationId, $"{names.OrganisationName} {shortName}", shortName, side, territory, null,
        side == PartnerSide.FR ? LegalStatus.LocalAuthority : LegalStatus.PublicBody, role,
        new ContactModel(names.ContactName, $"{names.ContactName.Replace(' ', '.').ToLowerInvariant()}@example.org", "+41 32 000 00 00"), budget);

    private static BudgetRequest Budget(string currency, decimal total, params (string Fund, decimal Amount)[] lines) => new(
        new MoneyModel(total, currency), [.. lines.Select(l => new CoFinancingLineModel(l.Fund, new MoneyModel(l.Amount, currency)))]);

    /// <summary>The words a project is known by; the leak check makes them unique.</summary>
    public sealed record Names(string Acronym, string Title, string OrganisationName, string ContactName)
    {
        public static Names Plain() => new($"T{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}", "Cross-border commuting in the Jura arc", "Organisation", "Claire Martin");
    }

    /// <summary>A created project: its version and the partner records the calls address.</summary>
    public sealed record JointProject(Guid Id, string Acronym, string? ETag, Guid FrenchLead, Guid SwissLead, Guid SwissPartner)
    {
        public static JointProject From(NetworkUsers.Answer created)
        {
            var partners = created.Json.GetProperty("partners").EnumerateArray().ToList();
            // Sides are written "FR" and "CH", roles in kebab case.
            Guid Find(PartnerSide side, PartnerRole role) => partners.Single(p =>
                string.Equals(p.GetProperty("side").GetString(), side.ToString(), StringComparison.OrdinalIgnoreCase)
                && p.GetProperty("role").GetString() == JsonConventions.EnumName(role))
                .GetProperty("id").GetGuid();
            return new(created.Id, created.Json.GetProperty("acronym").GetString()!, created.ETag,
                Find(PartnerSide.FR, PartnerRole.Lead), Find(PartnerSide.CH, PartnerRole.Lead), Find(PartnerSide.CH, PartnerRole.Partner));
        }
    }
}
