using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Domain;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Solidarity.Apis.Models;
using BfcNetwork.Solidarity.Domain;
using BfcNetwork.Solidarity.IntegrationEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Solidarity.Apis;

/// <summary>Associations' projects: drafting, submission and the Region's decision.</summary>
public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/solidarity/projects")
            .WithTags("Projects")
            .RequireAuthorization(SolidarityPolicies.Reader);

        projects.MapPost("/", CreateProject).RequireAuthorization(SolidarityPolicies.Coordinator)
            .WithName(nameof(CreateProject)).WithSummary("Create a draft project for the caller's association")
            .WithIdempotencyKey();
        projects.MapGet("/", ListProjects)
            .WithName(nameof(ListProjects)).WithSummary("List projects visible to the caller");
        projects.MapGet("/{id:guid}", GetProject)
            .WithName(nameof(GetProject)).WithSummary("Get a project; the ETag header is its version");
        projects.MapPut("/{id:guid}", ReviseProject).RequireAuthorization(SolidarityPolicies.Coordinator)
            .WithName(nameof(ReviseProject)).WithSummary("Revise a draft or a project returned for changes (If-Match required)");
        projects.MapPost("/{id:guid}/submit", SubmitProject).RequireAuthorization(SolidarityPolicies.Coordinator)
            .WithName(nameof(SubmitProject)).WithSummary("Submit the application to the Region");
        projects.MapPost("/{id:guid}/cancel", CancelProject).RequireAuthorization(SolidarityPolicies.Coordinator)
            .WithName(nameof(CancelProject)).WithSummary("Withdraw a draft or submitted project");
        projects.MapPost("/{id:guid}/decision", DecideOnProject).RequireAuthorization(SolidarityPolicies.RegionalOfficer)
            .WithName(nameof(DecideOnProject)).WithSummary("Approve, reject or request changes (regional officers)");
        projects.MapGet("/{id:guid}/history", GetProjectHistory)
            .WithName(nameof(GetProjectHistory)).WithSummary("Every status change with who, when and why");

        return app;
    }

    public static async Task<Results<Created<ProjectResponse>, ValidationProblem, ProblemHttpResult>> CreateProject(
        ProjectRequest request, [AsParameters] SolidarityServices services, CancellationToken cancellationToken)
    {
        var associationId = services.User.OrganisationId()!;
        if (!await services.Db.Associations.AnyAsync(a => a.Id == associationId, cancellationToken))
        {
            return Problems.Forbidden($"Your organisation '{associationId}' is not a registered association.");
        }

        var errors = new ValidationErrors();
        if (ProjectRequestValidator.Validate(request, services.GrantRules, errors) is not { } details)
        {
            return Problems.Validation(errors);
        }

        var project = SolidarityProject.CreateDraft(associationId, details, services.User.UserId(), services.Clock.GetUtcNow());
        services.Db.Projects.Add(project);
        await services.Db.SaveChangesAsync(cancellationToken);

        services.HttpContext.Response.SetETag(project.Version);
        return TypedResults.Created($"/api/solidarity/projects/{project.Id}", ProjectResponse.From(project));
    }

    public static async Task<Results<Ok<PagedResponse<ProjectSummary>>, ValidationProblem>> ListProjects(
        [AsParameters] SolidarityServices services,
        string? status, string? country, int? sdg, string? q, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.Create(page, pageSize, errors);
        var query = services.Db.Projects.AsNoTracking().VisibleTo(services.User);

        if (JsonConventions.ParseQueryValue<ProjectStatus>(status, "status", errors) is { } wanted)
        {
            query = query.Where(p => p.Status == wanted);
        }

        if (country is not null)
        {
            errors.AddIf(!CountryCodes.IsAssigned(country), "country", "Use an ISO 3166-1 alpha-2 country code.");
            query = query.Where(p => p.BeneficiaryCountry == country);
        }

        if (sdg is not null)
        {
            errors.AddIf(sdg is < 1 or > 17, "sdg", "Sustainable Development Goals are numbered 1 to 17.");
            query = query.Where(p => p.Sdgs.Contains(sdg.Value));
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            errors.AddIf(q.Length > 200, "q", "At most 200 characters.");
            var pattern = Like.Containing(q);
            query = query.Where(p => EF.Functions.ILike(p.Title, pattern, Like.EscapeCharacter) || EF.Functions.ILike(p.Summary, pattern, Like.EscapeCharacter));
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var result = await query
            .OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id)
            .ToPagedResponseAsync(paging, p => new ProjectSummary(
                p.Id, p.AssociationId, p.Title, p.BeneficiaryCountry, p.Sdgs, p.Status,
                p.Budget.RequestedGrant, p.GrantedAmount, p.StartDate, p.UpdatedAt), cancellationToken);
        return TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<ProjectResponse>, ProblemHttpResult>> GetProject(
        Guid id, [AsParameters] SolidarityServices services, CancellationToken cancellationToken)
    {
        var project = await FindVisibleAsync(id, services, cancellationToken);
        if (project is null)
        {
            return Problems.NotFound("project");
        }

        services.HttpContext.Response.SetETag(project.Version);
        return TypedResults.Ok(ProjectResponse.From(project));
    }

    public static async Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> ReviseProject(
        Guid id, ProjectRequest request, [AsParameters] SolidarityServices services, CancellationToken cancellationToken)
    {
        var project = await FindVisibleAsync(id, services, cancellationToken);
        if (project is null)
        {
            return Problems.NotFound("project");
        }

        if (services.HttpContext.Request.RequireCurrentVersion(project.Version) is { } precondition)
        {
            return precondition;
        }

        if (!project.IsEditable)
        {
            return Problems.Conflict($"A {JsonConventions.EnumName(project.Status)} project can no longer be edited.");
        }

        var errors = new ValidationErrors();
        if (ProjectRequestValidator.Validate(request, services.GrantRules, errors) is not { } details)
        {
            return Problems.Validation(errors);
        }

        project.Revise(details, services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);

        services.HttpContext.Response.SetETag(project.Version);
        return TypedResults.Ok(ProjectResponse.From(project));
    }

    public static Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> SubmitProject(
        Guid id, TransitionRequest? request, [AsParameters] SolidarityServices services, CancellationToken cancellationToken) =>
        TransitionAsync(id, request?.Comment, services, cancellationToken, (project, now) =>
        {
            var errors = SubmissionRules.Check(project, services.GrantRules, DateOnly.FromDateTime(now.UtcDateTime));
            if (!errors.IsEmpty)
            {
                return errors;
            }

            project.Submit(services.User.UserId(), now, request?.Comment);
            services.Db.AddIntegrationEvent(SolidarityIntegrationEvents.Submitted(project, now), project.Id.ToString(), now);
            return null;
        });

    public static Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> CancelProject(
        Guid id, TransitionRequest? request, [AsParameters] SolidarityServices services, CancellationToken cancellationToken) =>
        TransitionAsync(id, request?.Comment, services, cancellationToken, (project, now) =>
        {
            project.Cancel(services.User.UserId(), now, request?.Comment);
            return null;
        });

    public static Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> DecideOnProject(
        Guid id, DecisionRequest request, [AsParameters] SolidarityServices services, CancellationToken cancellationToken) =>
        TransitionAsync(id, request.Comment, services, cancellationToken, (project, now) =>
        {
            var errors = DecisionValidator.Validate(request, project);
            if (!errors.IsEmpty)
            {
                return errors;
            }

            var officer = services.User.UserId();
            switch (request.Outcome)
            {
                case DecisionValidator.Approve:
                    project.Approve(request.GrantAmount!.Value, officer, now, request.Comment);
                    services.Db.AddIntegrationEvent(SolidarityIntegrationEvents.Approved(project, now), project.Id.ToString(), now);
                    break;
                case DecisionValidator.Reject:
                    project.Reject(officer, now, request.Comment!);
                    services.Db.AddIntegrationEvent(SolidarityIntegrationEvents.Rejected(project, now), project.Id.ToString(), now);
                    break;
                default:
                    project.RequestChanges(officer, now, request.Comment!);
                    break;
            }

            return null;
        });

    public static async Task<Results<Ok<IReadOnlyList<ProjectTransitionResponse>>, ProblemHttpResult>> GetProjectHistory(
        Guid id, [AsParameters] SolidarityServices services, CancellationToken cancellationToken)
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

    /// <summary>
    /// The shared shape of a lifecycle command: find the project (404 if not visible), honour an
    /// optional If-Match, run the transition (field errors → 400, illegal transition → 409), then
    /// save the new state and its event in one transaction.
    /// </summary>
    private static async Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> TransitionAsync(
        Guid id, string? comment, SolidarityServices services, CancellationToken cancellationToken,
        Func<SolidarityProject, DateTimeOffset, ValidationErrors?> transition)
    {
        var errors = new ValidationErrors().AddIf(comment?.Length > ProjectLimits.CommentLength, "comment",
            $"At most {ProjectLimits.CommentLength} characters.");
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var project = await FindVisibleAsync(id, services, cancellationToken);
        if (project is null)
        {
            return Problems.NotFound("project");
        }

        if (services.HttpContext.Request.CheckIfMatch(project.Version) == IfMatchOutcome.Stale)
        {
            return Problems.PreconditionFailed();
        }

        if (transition(project, services.Clock.GetUtcNow()) is { } failures)
        {
            return Problems.Validation(failures);
        }

        await services.Db.SaveChangesAsync(cancellationToken);
        services.HttpContext.Response.SetETag(project.Version);
        return TypedResults.Ok(ProjectResponse.From(project));
    }

    private static Task<SolidarityProject?> FindVisibleAsync(Guid id, SolidarityServices services, CancellationToken cancellationToken) =>
        services.Db.Projects.VisibleTo(services.User).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
}
