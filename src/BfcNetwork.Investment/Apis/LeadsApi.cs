using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;
using BfcNetwork.Investment.IntegrationEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Investment.Apis;

/// <summary>Investment officers' leads: creation with duplicate detection, editing and the pipeline.</summary>
public static class LeadsApi
{
    public static IEndpointRouteBuilder MapLeadsApi(this IEndpointRouteBuilder app)
    {
        var leads = app.MapGroup("/api/investment/leads").WithTags("Leads").RequireAuthorization();

        leads.MapPost("/", CreateLead).RequireAuthorization(InvestmentPolicies.Staff)
            .WithName(nameof(CreateLead)).WithSummary("Record a new lead; 409 with existingLeadId when an open lead looks the same")
            .WithIdempotencyKey();
        leads.MapGet("/", ListLeads).RequireAuthorization(InvestmentPolicies.Staff)
            .WithName(nameof(ListLeads)).WithSummary("List leads, filtered by stage, sector, country, owner or text");
        leads.MapGet("/export.csv", LeadExport.ExportLeads).RequireAuthorization(InvestmentPolicies.Staff)
            .WithName(nameof(LeadExport.ExportLeads)).WithSummary("The filtered lead list as CSV (UTF-8 with BOM, RFC 4180)");
        leads.MapGet("/{id:guid}", GetLead)
            .WithName(nameof(GetLead)).WithSummary("Get a lead; the ETag header is its version");
        leads.MapPut("/{id:guid}", ReviseLead)
            .WithName(nameof(ReviseLead)).WithSummary("Replace a lead's fields (If-Match required)");
        leads.MapPost("/{id:guid}/stage", MoveLead)
            .WithName(nameof(MoveLead)).WithSummary("Move along the pipeline; the target stage's fields must be filled; only a senior confirms won");
        leads.MapPost("/{id:guid}/lose", LoseLead)
            .WithName(nameof(LoseLead)).WithSummary("The company chose another country");
        leads.MapPost("/{id:guid}/abandon", AbandonLead)
            .WithName(nameof(AbandonLead)).WithSummary("The project was dropped");
        leads.MapPost("/{id:guid}/hold", HoldLead)
            .WithName(nameof(HoldLead)).WithSummary("Put the lead on hold");
        leads.MapPost("/{id:guid}/resume", ResumeLead)
            .WithName(nameof(ResumeLead)).WithSummary("Resume an on-hold lead at the stage it was at");
        leads.MapGet("/{id:guid}/stage-log", GetStageLog)
            .WithName(nameof(GetStageLog)).WithSummary("Every stage change with who and when");

        return app;
    }

    public static async Task<Results<Created<LeadResponse>, ValidationProblem, ProblemHttpResult>> CreateLead(
        LeadRequest request, bool? confirmDuplicate, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var errors = new ValidationErrors();
        if (LeadRequestValidator.Validate(request, services.User.UserId(), now, errors) is not { } details)
        {
            return Problems.Validation(errors);
        }

        if (confirmDuplicate != true && !request.ConfirmDuplicate)
        {
            var normalised = CompanyNames.Normalise(details.CompanyName);
            var existing = await services.Db.Leads.AsNoTracking()
                .Where(l => l.NormalisedCompanyName == normalised && l.OriginCountry == details.OriginCountry)
                .Where(l => l.Stage != LeadStage.Won && l.Stage != LeadStage.Lost && l.Stage != LeadStage.Abandoned)
                .OrderBy(l => l.CreatedAt)
                .Select(l => (Guid?)l.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (existing is { } existingLeadId)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Possible duplicate",
                    detail: "An open lead for the same company and country exists. Resend with ?confirmDuplicate=true to record it anyway.",
                    extensions: new Dictionary<string, object?> { ["existingLeadId"] = existingLeadId });
            }
        }

        var lead = InvestorLead.Identify(details, services.User.UserId(), now);
        services.Db.Leads.Add(lead);
        await services.Db.SaveChangesAsync(cancellationToken);

        services.HttpContext.Response.SetETag(lead.Version);
        return TypedResults.Created($"/api/investment/leads/{lead.Id}", LeadResponse.From(lead));
    }

    public static async Task<Results<Ok<PagedResponse<LeadSummary>>, ValidationProblem>> ListLeads(
        [AsParameters] InvestmentServices services, [AsParameters] LeadFilter filter, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.Create(page, pageSize, errors);
        var query = filter.Apply(services.Db.Leads.AsNoTracking().VisibleTo(services.User), errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var result = await query
            .OrderByDescending(l => l.UpdatedAt).ThenBy(l => l.Id)
            .ToPagedResponseAsync(paging, l => new LeadSummary(
                l.Id, l.CompanyName, l.OriginCountry, l.Sector, l.InvestmentType, l.Stage, l.Confidential,
                l.CapexEur, l.JobsAnnounced, l.OwnerId, l.EstimatedDecisionDate, l.UpdatedAt), cancellationToken);
        return TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<LeadResponse>, ProblemHttpResult>> GetLead(
        Guid id, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        var lead = await FindVisibleAsync(id, services, cancellationToken);
        if (lead is null)
        {
            return Problems.NotFound("lead");
        }

        services.HttpContext.Response.SetETag(lead.Version);
        return TypedResults.Ok(LeadResponse.From(lead));
    }

    public static async Task<Results<Ok<LeadResponse>, ValidationProblem, ProblemHttpResult>> ReviseLead(
        Guid id, LeadRequest request, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        var lead = await FindVisibleAsync(id, services, cancellationToken);
        if (lead is null)
        {
            return Problems.NotFound("lead");
        }

        if (services.HttpContext.Request.RequireCurrentVersion(lead.Version) is { } precondition)
        {
            return precondition;
        }

        var now = services.Clock.GetUtcNow();
        var errors = new ValidationErrors();
        if (LeadRequestValidator.Validate(request, services.User.UserId(), now, errors) is not { } details)
        {
            return Problems.Validation(errors);
        }

        var gateErrors = lead.Revise(details, now);
        if (!gateErrors.IsEmpty)
        {
            return Problems.Validation(gateErrors);
        }

        await services.Db.SaveChangesAsync(cancellationToken);
        services.HttpContext.Response.SetETag(lead.Version);
        return TypedResults.Ok(LeadResponse.From(lead));
    }

    public static Task<Results<Ok<LeadResponse>, ValidationProblem, ProblemHttpResult>> MoveLead(
        Guid id, StageRequest request, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        if (request.Stage is not { } target || !StageGates.IsOrdered(target))
        {
            return Task.FromResult<Results<Ok<LeadResponse>, ValidationProblem, ProblemHttpResult>>(Problems.Validation(new ValidationErrors().Add("stage",
                "Use one of identified, contacted, qualified, site-search, negotiation, won; "
                + "leads are lost, abandoned, put on hold and resumed through their own actions.")));
        }

        var mayConfirmWon = target != LeadStage.Won || services.User.IsInRole(Roles.InvestmentSenior);
        return TransitionAsync(id, request.Comment, services, cancellationToken, (lead, now) =>
        {
            var errors = lead.MoveTo(target, services.User.UserId(), now, request.Comment);
            if (errors.IsEmpty && target == LeadStage.Won)
            {
                services.Db.AddIntegrationEvent(InvestmentIntegrationEvents.Won(lead, now), lead.Id.ToString(), now);
            }

            return errors;
        }, mayConfirmWon ? null : "Only a senior investment officer confirms that a lead is won.");
    }

    public static Task<Results<Ok<LeadResponse>, ValidationProblem, ProblemHttpResult>> LoseLead(
        Guid id, LoseRequest request, [AsParameters] InvestmentServices services, CancellationToken cancellationToken) =>
        TransitionAsync(id, request.Reason, services, cancellationToken, (lead, now) =>
        {
            var errors = new ValidationErrors();
            LeadRequestValidator.Country(request.CountryLostTo, "countryLostTo", required: true, errors);
            LeadRequestValidator.Text(request.Reason, "reason", LeadLimits.ShortTextLength, required: true, errors);
            if (!errors.IsEmpty)
            {
                return errors;
            }

            lead.Lose(request.CountryLostTo!, request.Reason!.Trim(), services.User.UserId(), now);
            services.Db.AddIntegrationEvent(InvestmentIntegrationEvents.Lost(lead, now), lead.Id.ToString(), now);
            return errors;
        });

    public static Task<Results<Ok<LeadResponse>, ValidationProblem, ProblemHttpResult>> AbandonLead(
        Guid id, AbandonRequest request, [AsParameters] InvestmentServices services, CancellationToken cancellationToken) =>
        TransitionAsync(id, request.Reason, services, cancellationToken, (lead, now) =>
        {
            var errors = new ValidationErrors();
            LeadRequestValidator.Text(request.Reason, "reason", LeadLimits.ShortTextLength, required: true, errors);
            if (errors.IsEmpty)
            {
                lead.Abandon(request.Reason!.Trim(), services.User.UserId(), now);
            }

            return errors;
        });

    public static Task<Results<Ok<LeadResponse>, ValidationProblem, ProblemHttpResult>> HoldLead(
        Guid id, CommentRequest? request, [AsParameters] InvestmentServices services, CancellationToken cancellationToken) =>
        TransitionAsync(id, request?.Comment, services, cancellationToken, (lead, now) =>
        {
            lead.PutOnHold(services.User.UserId(), now, request?.Comment);
            return NoErrors;
        });

    public static Task<Results<Ok<LeadResponse>, ValidationProblem, ProblemHttpResult>> ResumeLead(
        Guid id, CommentRequest? request, [AsParameters] InvestmentServices services, CancellationToken cancellationToken) =>
        TransitionAsync(id, request?.Comment, services, cancellationToken, (lead, now) =>
        {
            lead.Resume(services.User.UserId(), now, request?.Comment);
            return NoErrors;
        });

    public static async Task<Results<Ok<IReadOnlyList<StageChangeResponse>>, ProblemHttpResult>> GetStageLog(
        Guid id, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Leads.VisibleTo(services.User).AnyAsync(l => l.Id == id, cancellationToken))
        {
            return Problems.NotFound("lead");
        }

        IReadOnlyList<StageChangeResponse> log = await services.Db.StageChanges.AsNoTracking()
            .Where(c => c.SubjectId == id)
            .OrderBy(c => c.Id)
            .Select(c => new StageChangeResponse(c.From, c.To, c.ChangedBy, c.ChangedAt, c.Note))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(log);
    }

    internal static Task<InvestorLead?> FindVisibleAsync(Guid id, InvestmentServices services, CancellationToken cancellationToken) =>
        services.Db.Leads.VisibleTo(services.User).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    private static ValidationErrors NoErrors => new();

    /// <summary>
    /// The shared shape of a pipeline command: find the lead (404 if not visible), refuse with 403
    /// when <paramref name="forbidden"/> says why, honour an optional If-Match, run the transition
    /// (field errors → 400, an illegal move → 409 from the domain), then save the stage change and
    /// its event together.
    /// </summary>
    private static async Task<Results<Ok<LeadResponse>, ValidationProblem, ProblemHttpResult>> TransitionAsync(
        Guid id, string? comment, InvestmentServices services, CancellationToken cancellationToken,
        Func<InvestorLead, DateTimeOffset, ValidationErrors> transition, string? forbidden = null)
    {
        var errors = new ValidationErrors().AddIf(comment?.Length > LeadLimits.ShortTextLength, "comment",
            $"At most {LeadLimits.ShortTextLength} characters.");
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var lead = await FindVisibleAsync(id, services, cancellationToken);
        if (lead is null)
        {
            return Problems.NotFound("lead");
        }

        if (forbidden is not null)
        {
            return Problems.Forbidden(forbidden);
        }

        if (services.HttpContext.Request.CheckIfMatch(lead.Version) == IfMatchOutcome.Stale)
        {
            return Problems.PreconditionFailed();
        }

        var failures = transition(lead, services.Clock.GetUtcNow());
        if (!failures.IsEmpty)
        {
            return Problems.Validation(failures);
        }

        await services.Db.SaveChangesAsync(cancellationToken);
        services.HttpContext.Response.SetETag(lead.Version);
        return TypedResults.Ok(LeadResponse.From(lead));
    }
}
