using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BfcNetwork.CrossBorder.Apis;

/// <summary>
/// A joint project's partners. The secretariat assigns partners and names lead partners; each
/// partner user maintains its own record and budget while the project is editable; contact data
/// is read through its own endpoint and every read is audited.
/// </summary>
public static class PartnersApi
{
    public static IEndpointRouteBuilder MapPartnersApi(this IEndpointRouteBuilder app)
    {
        var partners = app.MapGroup("/api/crossborder/projects/{id:guid}/partners")
            .WithTags("Partners")
            .RequireAuthorization(CrossBorderPolicies.Reader);

        partners.MapPost("/", AddPartner).RequireAuthorization(CrossBorderPolicies.Secretariat)
            .WithName(nameof(AddPartner)).WithSummary("Assign a partner organisation; a new lead demotes its side's previous lead (If-Match required)")
            .WithIdempotencyKey();
        partners.MapPut("/{partnerId:guid}", RevisePartner)
            .WithName(nameof(RevisePartner)).WithSummary("Revise a partner record: the secretariat any, a partner user its own (If-Match required)");
        partners.MapDelete("/{partnerId:guid}", RemovePartner).RequireAuthorization(CrossBorderPolicies.Secretariat)
            .WithName(nameof(RemovePartner)).WithSummary("Remove a partner (If-Match required)");
        partners.MapPost("/{partnerId:guid}/lead", NameLeadPartner).RequireAuthorization(CrossBorderPolicies.Secretariat)
            .WithName(nameof(NameLeadPartner)).WithSummary("Name the lead partner of this partner's side, demoting the previous one (If-Match required)");
        partners.MapPut("/{partnerId:guid}/budget", SetPartnerBudget)
            .WithName(nameof(SetPartnerBudget)).WithSummary("Set a partner's budget in its own currency: the secretariat any, a partner user its own (If-Match required)");
        partners.MapGet("/{partnerId:guid}/contact", GetPartnerContact)
            .WithName(nameof(GetPartnerContact)).WithSummary("Read a partner's contact person; every read is audited");

        return app;
    }

    public static Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> AddPartner(
        Guid id, PartnerRequest request, [AsParameters] CrossBorderServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var partner = PartnerRequestValidator.ValidateNew(request, services.Programme, errors, "");
        return services.EditProjectAsync(id, cancellationToken, (project, now) =>
        {
            if (partner is null)
            {
                return Problems.Validation(errors);
            }

            errors.AddIf(project.Partners.Any(p => p.OrganisationId == partner.OrganisationId), "organisationId",
                "This organisation is already a partner of the project.");
            errors.AddIf(!project.IsShortNameFree(partner.Details.ShortName, except: null), "shortName", "Short names are unique in a project.");
            if (!errors.IsEmpty)
            {
                return Problems.Validation(errors);
            }

            var user = services.User.UserId();
            var previousLead = partner.Role == PartnerRole.Lead ? project.LeadOf(partner.Side) : null;
            var added = project.AddPartner(partner, now);
            services.Db.AuditEntries.Add(Audit.PartnerAdded(project, added, user, now));
            if (previousLead is not null)
            {
                services.Db.AuditEntries.Add(Audit.LeadChanged(project, added, previousLead, user, now));
            }

            return null;
        });
    }

    public static Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> RevisePartner(
        Guid id, Guid partnerId, PartnerUpdateRequest request, [AsParameters] CrossBorderServices services, CancellationToken cancellationToken) =>
        services.EditProjectAsync(id, cancellationToken, (project, now) =>
        {
            var partner = project.FindPartner(partnerId)!;
            var errors = new ValidationErrors();
            if (PartnerRequestValidator.ValidateUpdate(request, partner.Side, services.Programme, errors) is not { } details)
            {
                return Problems.Validation(errors);
            }

            if (!project.IsShortNameFree(details.ShortName, except: partner))
            {
                return Problems.Validation(errors.Add("shortName", "Short names are unique in a project."));
            }

            project.RevisePartner(partner, details, now);
            return null;
        }, project => services.AuthorizePartnerEdit(project, partnerId));

    public static Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> RemovePartner(
        Guid id, Guid partnerId, [AsParameters] CrossBorderServices services, CancellationToken cancellationToken) =>
        services.EditProjectAsync(id, cancellationToken, (project, now) =>
        {
            var partner = project.FindPartner(partnerId)!;
            project.RemovePartner(partner, now);
            services.Db.AuditEntries.Add(Audit.PartnerRemoved(project, partner, services.User.UserId(), now));
            return null;
        }, project => services.AuthorizePartnerEdit(project, partnerId));

    public static Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> NameLeadPartner(
        Guid id, Guid partnerId, [AsParameters] CrossBorderServices services, CancellationToken cancellationToken) =>
        services.EditProjectAsync(id, cancellationToken, (project, now) =>
        {
            var partner = project.FindPartner(partnerId)!;
            if (partner.IsLead)
            {
                return null;
            }

            var previous = project.NameLead(partner, now);
            services.Db.AuditEntries.Add(Audit.LeadChanged(project, partner, previous, services.User.UserId(), now));
            return null;
        }, project => services.AuthorizePartnerEdit(project, partnerId));

    public static Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> SetPartnerBudget(
        Guid id, Guid partnerId, BudgetRequest request, [AsParameters] CrossBorderServices services, CancellationToken cancellationToken) =>
        services.EditProjectAsync(id, cancellationToken, (project, now) =>
        {
            var partner = project.FindPartner(partnerId)!;
            var errors = new ValidationErrors();
            if (BudgetRequestValidator.Validate(request, partner.Side, services.Programme, errors, "") is not { } budget)
            {
                return Problems.Validation(errors);
            }

            project.SetBudget(partner, budget, now);
            return null;
        }, project => services.AuthorizePartnerEdit(project, partnerId));

    public static async Task<Results<Ok<ContactModel>, ProblemHttpResult>> GetPartnerContact(
        Guid id, Guid partnerId, [AsParameters] CrossBorderServices services, CancellationToken cancellationToken)
    {
        var project = await services.FindVisibleProjectAsync(id, cancellationToken);
        if (project?.FindPartner(partnerId) is not { } partner)
        {
            return Problems.NotFound(project is null ? "project" : "partner");
        }

        if (partner.Contact is not { } contact)
        {
            return Problems.NotFound("contact for this partner");
        }

        services.Db.AuditEntries.Add(Audit.ContactRead(project, partner, services.User.UserId(), services.Clock.GetUtcNow()));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new ContactModel(contact.Name, contact.Email, contact.Phone));
    }

    /// <summary>
    /// 404 for a partner the project does not have; 403 for a partner user touching another
    /// partner's record. The project is visible to them and so are its partners, so hiding the
    /// record behind a 404 would protect nothing.
    /// </summary>
    private static ProblemHttpResult? AuthorizePartnerEdit(this CrossBorderServices services, JointProject project, Guid partnerId)
    {
        if (project.FindPartner(partnerId) is not { } partner)
        {
            return Problems.NotFound("partner");
        }

        return services.User.MayEdit(project, partner)
            ? null
            : Problems.Forbidden("Partner users edit their own organisation's partner record and budget only.");
    }
}
