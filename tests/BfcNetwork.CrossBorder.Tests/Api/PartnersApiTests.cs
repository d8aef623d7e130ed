using System.Net;
using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Tests.Support;
using BfcNetwork.Testing;
using static BfcNetwork.CrossBorder.Tests.Support.ProjectRequests;

namespace BfcNetwork.CrossBorder.Tests.Api;

public sealed class PartnersApiTests(CrossBorderApiFixture fixture) : IClassFixture<CrossBorderApiFixture>
{
    private readonly CrossBorderApi _api = fixture.Api;

    private static string PartnersPath(Guid projectId) => $"{CrossBorderApi.ProjectsPath}/{projectId}/partners";

    private async Task<List<AuditEntryResponse>> AuditAsync(Guid projectId) =>
        (await _api.Officer().GetFromJsonAsync<List<AuditEntryResponse>>($"{CrossBorderApi.ProjectsPath}/{projectId}/audit", TestJson.Options))!;

    [Fact]
    public async Task Naming_a_new_lead_partner_demotes_the_previous_lead_of_that_side_only_and_is_audited()
    {
        var project = await _api.CreateProjectAsync();
        var swissPartner = project.Partners.Single(p => p.ShortName == "CH-PARTNER");

        var response = await _api.SendWithETagAsync(_api.Officer(), HttpMethod.Post, $"{PartnersPath(project.Id)}/{swissPartner.Id}/lead", null, project.Id);

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var after = (await response.Content.ReadFromJsonAsync<ProjectResponse>(TestJson.Options))!;
        Assert.Equal(PartnerRole.Lead, after.Partners.Single(p => p.ShortName == "CH-PARTNER").Role);
        Assert.Equal(PartnerRole.Partner, after.Partners.Single(p => p.ShortName == "CH-LEAD").Role);
        Assert.Equal(PartnerRole.Lead, after.Partners.Single(p => p.ShortName == "FR-LEAD").Role);
        Assert.Contains(await AuditAsync(project.Id), e => e.Action == AuditAction.LeadPartnerChanged
            && e.Detail.Contains("CH-PARTNER named lead partner of the CH side, replacing CH-LEAD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Adding_a_partner_named_lead_demotes_the_previous_lead_and_both_changes_are_audited()
    {
        var project = await _api.CreateProjectAsync();
        var newLead = French(Unique("agglo"), "AGGLO", PartnerRole.Lead, Eur(10_000m, ("own-funds", 10_000m)), territory: "90");

        var response = await _api.SendWithETagAsync(_api.Officer(), HttpMethod.Post, PartnersPath(project.Id), newLead, project.Id);

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var after = (await response.Content.ReadFromJsonAsync<ProjectResponse>(TestJson.Options))!;
        Assert.Equal(["AGGLO"], after.Partners.Where(p => p.Side == PartnerSide.FR && p.Role == PartnerRole.Lead).Select(p => p.ShortName));
        var audit = await AuditAsync(project.Id);
        Assert.Contains(audit, e => e.Action == AuditAction.PartnerAdded && e.Detail.StartsWith("AGGLO", StringComparison.Ordinal) && e.Actor == "officer@region");
        Assert.Contains(audit, e => e.Action == AuditAction.LeadPartnerChanged && e.Detail.Contains("replacing FR-LEAD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_partner_whose_short_name_or_organisation_is_already_in_the_project_is_refused()
    {
        var project = await _api.CreateProjectAsync();
        var sameShortName = Swiss(Unique("other"), "fr-lead", PartnerRole.Partner, null);
        var sameOrganisation = Swiss(project.Partners[1].OrganisationId, "OTHER", PartnerRole.Partner, null);

        var first = await Expect.ProblemAsync(await _api.SendWithETagAsync(_api.Officer(), HttpMethod.Post, PartnersPath(project.Id), sameShortName, project.Id), HttpStatusCode.BadRequest);
        var second = await Expect.ProblemAsync(await _api.SendWithETagAsync(_api.Officer(), HttpMethod.Post, PartnersPath(project.Id), sameOrganisation, project.Id), HttpStatusCode.BadRequest);

        Assert.Contains("shortName", first.Keys);
        Assert.Contains("organisationId", second.Keys);
    }

    [Fact]
    public async Task Removing_a_partner_is_audited()
    {
        var project = await _api.CreateProjectAsync();
        var removed = project.Partners.Single(p => p.ShortName == "CH-PARTNER");

        await Expect.StatusAsync(await _api.SendWithETagAsync(_api.Officer(), HttpMethod.Delete, $"{PartnersPath(project.Id)}/{removed.Id}", null, project.Id), HttpStatusCode.OK);

        Assert.DoesNotContain((await _api.GetProjectAsync(project.Id)).Project.Partners, p => p.Id == removed.Id);
        Assert.Contains(await AuditAsync(project.Id), e => e.Action == AuditAction.PartnerRemoved && e.PartnerId == removed.Id);
    }

    [Fact]
    public async Task A_Swiss_partner_revises_its_own_record_and_CHF_budget_while_the_project_is_editable_only()
    {
        var request = Valid();
        var project = await _api.CreateProjectAsync(request);
        var own = project.Partners.Single(p => p.ShortName == "CH-LEAD");
        var swiss = _api.SwissPartner(own.OrganisationId);

        var revised = await _api.SendWithETagAsync(swiss, HttpMethod.Put, $"{PartnersPath(project.Id)}/{own.Id}",
            new PartnerUpdateRequest("République et Canton du Jura", "RCJU", "JU", null, LegalStatus.PublicBody, null), project.Id);
        var budget = await _api.SendWithETagAsync(swiss, HttpMethod.Put, $"{PartnersPath(project.Id)}/{own.Id}/budget",
            Chf(90_000m, ("npr", 45_000m), ("cantonal", 45_000m)), project.Id);
        await _api.AdvanceAsync(project.Id, ProjectStatus.Submitted);
        var whileSubmitted = await _api.SendWithETagAsync(swiss, HttpMethod.Put, $"{PartnersPath(project.Id)}/{own.Id}/budget",
            Chf(95_000m, ("npr", 95_000m)), project.Id);

        await Expect.StatusAsync(revised, HttpStatusCode.OK);
        await Expect.StatusAsync(budget, HttpStatusCode.OK);
        await Expect.ProblemAsync(whileSubmitted, HttpStatusCode.Conflict);
        var after = (await _api.GetProjectAsync(project.Id)).Project.Partners.Single(p => p.Id == own.Id);
        Assert.Equal(("RCJU", new Money(90_000m, "CHF")), (after.ShortName, after.Budget!.TotalEligibleCost));
    }

    [Fact]
    public async Task Partner_edits_need_the_current_version_of_the_project()
    {
        var project = await _api.CreateProjectAsync();
        var partner = project.Partners[0];
        var path = $"{PartnersPath(project.Id)}/{partner.Id}/budget";
        var body = Eur(100_000m, ("erdf", 50_000m), ("own-funds", 50_000m));

        var missing = await _api.Officer().PutAsJsonAsync(path, body, TestJson.Options);
        var stale = await _api.SendWithETagAsync(_api.Officer(), HttpMethod.Put, path, body, project.Id, etag: "\"1\"");

        await Expect.ProblemAsync(missing, HttpStatusCode.PreconditionRequired);
        await Expect.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Contact_data_is_not_in_the_project_and_every_read_of_it_is_audited()
    {
        var project = await _api.CreateProjectAsync();
        var french = project.Partners.Single(p => p.ShortName == "FR-LEAD");
        var swiss = _api.SwissPartner(project.Partners.Single(p => p.ShortName == "CH-LEAD").OrganisationId);

        var raw = await swiss.GetStringAsync($"{CrossBorderApi.ProjectsPath}/{project.Id}");
        var contact = await swiss.GetFromJsonAsync<ContactModel>($"{PartnersPath(project.Id)}/{french.Id}/contact", TestJson.Options);

        Assert.DoesNotContain("claire.martin@example.fr", raw, StringComparison.Ordinal);
        Assert.Equal("claire.martin@example.fr", contact!.Email);
        var read = Assert.Single(await AuditAsync(project.Id), e => e.Action == AuditAction.ContactRead);
        Assert.Equal((french.Id, $"{Roles.SwissPartner}@{project.Partners.Single(p => p.ShortName == "CH-LEAD").OrganisationId}"), (read.PartnerId, read.Actor));
    }

    [Fact]
    public async Task Decisions_are_audited_with_who_and_the_note_and_applicant_steps_are_not()
    {
        var project = await _api.CreateProjectAsync();

        await _api.AdvanceAsync(project.Id, ProjectStatus.Submitted, ProjectStatus.Eligible, ProjectStatus.ApprovedWithConditions);

        var decisions = (await AuditAsync(project.Id)).Where(e => e.Action == AuditAction.Decision).Select(e => e.Detail).ToList();
        Assert.Equal(["submitted → eligible", "eligible → approved-with-conditions: Sign the partnership agreement first"], decisions);
    }

    [Fact]
    public async Task The_public_list_of_operations_shows_approved_projects_with_amounts_per_currency_and_no_contact()
    {
        var approved = await _api.CreateProjectAsync();
        await _api.AdvanceAsync(approved.Id, ProjectStatus.Submitted, ProjectStatus.Eligible, ProjectStatus.Approved);
        var draft = await _api.CreateProjectAsync();

        var response = await _api.Anonymous().GetAsync("/api/crossborder/public/operations?pageSize=100");
        var raw = await response.Content.ReadAsStringAsync();
        var operations = System.Text.Json.JsonSerializer.Deserialize<PagedResponse<PublicOperation>>(raw, TestJson.Options)!;

        var operation = Assert.Single(operations.Items, o => o.Id == approved.Id);
        Assert.DoesNotContain(operations.Items, o => o.Id == draft.Id);
        Assert.Equal([new Money(100_000m, "EUR"), new Money(100_000m, "CHF")], operation.Amounts);
        Assert.Equal(new Money(60_000m, "EUR"), operation.Erdf);
        Assert.Equal("P3", operation.Priority!.Code);
        Assert.Equal([PartnerSide.FR, PartnerSide.CH, PartnerSide.CH], operation.Partners.Select(p => p.Side));
        Assert.DoesNotContain("@example", raw, StringComparison.Ordinal);
    }
}
