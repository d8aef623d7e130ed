using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Domain.Programme;
using BfcNetwork.CrossBorder.IntegrationEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.CrossBorder.Apis;

/// <summary>Joint projects: registration by the secretariat, reading by their partners, the lifecycle, history and audit.</summary>
public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/crossborder/projects")
            .WithTags("Joint projects")
            .RequireAuthorization(CrossBorderPolicies.Reader);

        projects.MapPost("/", CreateProject).RequireAuthorization(CrossBorderPolicies.Secretariat)
            .WithName(nameof(CreateProject)).WithSummary("Register a draft joint project with its partners (secretariat)")
            .WithIdempotencyKey();
        projects.MapGet("/", ListProjects)
            .WithName(nameof(ListProjects)).WithSummary("List the projects visible to the caller, with EUR and CHF sub-totals apart");
        projects.MapGet("/{id:guid}", GetProject)
            .WithName(nameof(GetProject)).WithSummary("Get a whole joint project; chfPerEur and rateDate add an indicative combined total");
        projects.MapPut("/{id:guid}", ReviseProject).RequireAuthorization(CrossBorderPolicies.Secretariat)
            .WithName(nameof(ReviseProject)).WithSummary("Revise the project's own fields (secretariat, If-Match required)");
        projects.MapPost("/{id:guid}/transitions", TransitionProject)
            .WithName(nameof(TransitionProject)).WithSummary("Move the project through its lifecycle (submission by a lead partner, decisions by the secretariat)");
        projects.MapGet("/{id:guid}/history", GetProjectHistory)
            .WithName(nameof(GetProjectHistory)).WithSummary("Every status change with who, when and the note");
        projects.MapGet("/{id:guid}/audit", GetProjectAudit).RequireAuthorization(CrossBorderPolicies.Secretariat)
            .WithName(nameof(GetProjectAudit)).WithSummary("Decisions, partner assignment changes and contact reads (secretariat)");

        return app;
    }

    public static async Task<Results<Created<ProjectResponse>, ValidationProblem, ProblemHttpResult>> CreateProject(
        ProjectRequest request, [AsParameters] CrossBorderServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var details = ProjectRequestValidator.ValidateDetails(request, services.Programme, errors);
        var partners = ProjectRequestValidator.ValidatePartners(request.Partners, services.Programme, errors);
        if (details is null || partners is null)
        {
            return Problems.Validation(errors);
        }

        if (await services.Db.Projects.AnyAsync(p => p.Acronym == details.Acronym, cancellationToken))
        {
            return Problems.Conflict($"The acronym '{details.Acronym}' is already used by another project.");
        }

        var now = services.Clock.GetUtcNow();
        var user = services.User.UserId();
        var project = JointProject.CreateDraft(details, partners, user, now);
        services.Db.Projects.Add(project);
        foreach (var partner in project.Partners)
        {
            services.Db.AuditEntries.Add(Audit.PartnerAdded(project, partner, user, now));
        }

        await services.Db.SaveChangesAsync(cancellationToken);
        services.HttpContext.Response.SetETag(project.Version);
        return TypedResults.Created($"/api/crossborder/projects/{project.Id}", ProjectResponse.From(project, services.Programme));
    }

    public static async Task<Results<Ok<PagedResponse<ProjectSummary>>, ValidationProblem>> ListProjects(
        [AsParameters] CrossBorderServices services,
        string? status, string? priority, string? specificObjective, string? callId, string? q, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.Create(page, pageSize, errors);
        var query = services.Db.Projects.AsNoTracking().VisibleTo(services.User);

        if (JsonConventions.ParseQueryValue<ProjectStatus>(status, "status", errors) is { } wanted)
        {
            query = query.Where(p => p.Status == wanted);
        }

        if (priority is not null)
        {
            var objectives = services.Programme.Priorities.FirstOrDefault(p => p.Code == priority)?.SpecificObjectives.Select(o => o.Code).ToList();
            errors.AddIf(objectives is null, "priority", $"Unknown priority; use one of {string.Join(", ", services.Programme.Priorities.Select(p => p.Code))}.");
            objectives ??= [];
            query = query.Where(p => objectives.Contains(p.SpecificObjective));
        }

        if (specificObjective is not null)
        {
            errors.LimitText(specificObjective, "specificObjective", ProjectLimits.CodeLength);
            query = query.Where(p => p.SpecificObjective == specificObjective);
        }

        if (callId is not null)
        {
            errors.LimitText(callId, "callId", ProjectLimits.CodeLength);
            query = query.Where(p => p.CallId == callId);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            errors.LimitText(q, "q", 200);
            var pattern = Like.Containing(q);
            query = query.Where(p => EF.Functions.ILike(p.Acronym, pattern, Like.EscapeCharacter) || EF.Functions.ILike(p.Title, pattern, Like.EscapeCharacter));
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var total = await query.CountAsync(cancellationToken);
        var projects = await query.Include(p => p.Partners)
            .OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        IReadOnlyList<ProjectSummary> items = [.. projects.Select(p => new ProjectSummary(
            p.Id, p.Acronym, p.Title, p.SpecificObjective, p.CallId, p.Status, p.Partners.Count,
            p.TotalOf(PartnerSide.FR), p.TotalOf(PartnerSide.CH), p.UpdatedAt))];
        return TypedResults.Ok(new PagedResponse<ProjectSummary>(items, paging.Page, paging.PageSize, total));
    }

    public static async Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> GetProject(
        Guid id, decimal? chfPerEur, DateOnly? rateDate, [AsParameters] CrossBorderServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var rate = IndicativeRate(chfPerEur, rateDate, services, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var project = await services.FindVisibleProjectAsync(id, cancellationToken);
        if (project is null)
        {
            return Problems.NotFound("project");
        }

        services.HttpContext.Response.SetETag(project.Version);
        return TypedResults.Ok(ProjectResponse.From(project, services.Programme, rate));
    }

    public static async Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> ReviseProject(
        Guid id, ProjectRequest request, [AsParameters] CrossBorderServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().AddIf(request.Partners is not null, "partners",
            "Partners are added, revised and removed through /partners, not with the project's fields.");
        var details = ProjectRequestValidator.ValidateDetails(request, services.Programme, errors);
        if (details is null || !errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        return await services.EditProjectAsync(id, cancellationToken, (project, now) =>
        {
            project.Revise(details, now);
            return null;
        });
    }

    public static async Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> TransitionProject(
        Guid id, TransitionRequest request, [AsParameters] CrossBorderServices services, CancellationToken cancellationToken)
    {
        if (request.To is not { } target)
        {
            return Problems.Validation(new ValidationErrors().Add("to", "Say which state the project moves to."));
        }

        var project = await services.FindVisibleProjectAsync(id, cancellationToken);
        if (project is null)
        {
            return Problems.NotFound("project");
        }

        if (!services.User.MayTake(project, target))
        {
            return Problems.Forbidden(ProjectLifecycle.ApplicantSteps.Contains(target)
                ? "Only the project's lead partners and the programme secretariat take this step."
                : "Only the programme secretariat takes this step.");
        }

        if (services.HttpContext.Request.CheckIfMatch(project.Version) == IfMatchOutcome.Stale)
        {
            return Problems.PreconditionFailed();
        }

        if (!ProjectLifecycle.Allows(project.Status, target))
        {
            return Problems.Conflict($"A {ProjectLifecycle.Name(project.Status)} project cannot become {ProjectLifecycle.Name(target)}.");
        }

        var errors = TransitionValidator.Validate(target, request, project, services.Today);
        if (target is ProjectStatus.Submitted or ProjectStatus.ModificationSubmitted)
        {
            errors.Merge(SubmissionRules.Check(project, services.Programme));
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var now = services.Clock.GetUtcNow();
        var user = services.User.UserId();
        var from = project.Status;
        var reached = project.MoveTo(target, user, now, request.Note?.Trim(), request.Date);
        if (services.User.IsSecretariat() && !ProjectLifecycle.ApplicantSteps.Contains(target))
        {
            services.Db.AuditEntries.Add(Audit.Decision(project, from, reached, user, now, request.Note));
        }

        var priority = services.Programme.PriorityOf(project.SpecificObjective)?.Code ?? "";
        object? integrationEvent = reached switch
        {
            ProjectStatus.Approved or ProjectStatus.ApprovedWithConditions => CrossBorderIntegrationEvents.Approved(project, priority, now),
            ProjectStatus.Contracted => CrossBorderIntegrationEvents.Contracted(project, priority, now),
            ProjectStatus.Closed => CrossBorderIntegrationEvents.Closed(project, now),
            _ => null,
        };
        if (integrationEvent is not null)
        {
            services.Db.AddIntegrationEvent(integrationEvent, project.Id.ToString(), now);
        }

        await services.Db.SaveChangesAsync(cancellationToken);
        services.HttpContext.Response.SetETag(project.Version);
        return TypedResults.Ok(ProjectResponse.From(project, services.Programme));
    }

    public static async Task<Results<Ok<IReadOnlyList<ProjectTransitionResponse>>, ProblemHttpResult>> GetProjectHistory(
        Guid id, [AsParameters] CrossBorderServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Projects.VisibleTo(services.User).AnyAsync(p => p.Id == id, cancellationToken))
        {
            return Problems.NotFound("project");
        }

        IReadOnlyList<ProjectTransitionResponse> history = await services.Db.ProjectTransitions.AsNoTracking()
            .Where(t => t.SubjectId == id)
            .OrderBy(t => t.Id)
            .Select(t => new ProjectTransitionResponse(t.From, t.To, t.ChangedBy, t.ChangedAt, t.Note))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(history);
    }

    public static async Task<Results<Ok<IReadOnlyList<AuditEntryResponse>>, ProblemHttpResult>> GetProjectAudit(
        Guid id, [AsParameters] CrossBorderServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Projects.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return Problems.NotFound("project");
        }

        IReadOnlyList<AuditEntryResponse> entries = await services.Db.AuditEntries.AsNoTracking()
            .Where(e => e.ProjectId == id)
            .OrderBy(e => e.Id)
            .Select(e => new AuditEntryResponse(e.Action, e.Actor, e.At, e.PartnerId, e.Detail))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries);
    }

    /// <summary>The rate for an indicative combined total: the caller's (both query values), else the configured one, else none.</summary>
    private static ExchangeRate? IndicativeRate(decimal? chfPerEur, DateOnly? rateDate, CrossBorderServices services, ValidationErrors errors)
    {
        if (chfPerEur is null && rateDate is null)
        {
            return services.Programme.IndicativeExchangeRate;
        }

        errors.AddIf(chfPerEur is null, "chfPerEur", "Give the rate with its date, or neither.");
        errors.AddIf(chfPerEur is <= 0 or > 10, "chfPerEur", "CHF per EUR, a positive rate such as 0.93.");
        errors.AddIf(rateDate is null, "rateDate", "An exchange rate is only meaningful with its date.");
        errors.AddIf(rateDate > services.Today, "rateDate", "The rate's date cannot be in the future.");
        return errors.IsEmpty ? new ExchangeRate { ChfPerEur = chfPerEur!.Value, Date = rateDate!.Value, Source = "caller" } : null;
    }
}
