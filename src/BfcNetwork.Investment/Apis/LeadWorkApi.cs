using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Investment.Apis;

/// <summary>The work on a lead: its activity timeline and its tasks, and each officer's task list.</summary>
public static class LeadWorkApi
{
    public static IEndpointRouteBuilder MapLeadWorkApi(this IEndpointRouteBuilder app)
    {
        var lead = app.MapGroup("/api/investment/leads/{id:guid}").WithTags("Activities and tasks").RequireAuthorization();
        lead.MapGet("/activities", ListActivities)
            .WithName(nameof(ListActivities)).WithSummary("The lead's timeline, latest first");
        lead.MapPost("/activities", RecordActivity)
            .WithName(nameof(RecordActivity)).WithSummary("Record a call, email, meeting or site visit")
            .WithIdempotencyKey();
        lead.MapGet("/tasks", ListLeadTasks)
            .WithName(nameof(ListLeadTasks)).WithSummary("The lead's tasks, with their overdue flag");
        lead.MapPost("/tasks", CreateTask)
            .WithName(nameof(CreateTask)).WithSummary("Assign a follow-up task with a due date")
            .WithIdempotencyKey();
        lead.MapPut("/tasks/{taskId:guid}/done", SetTaskDone)
            .WithName(nameof(SetTaskDone)).WithSummary("Mark a task done or open again");

        app.MapGet("/api/investment/tasks", ListTasks).WithTags("Activities and tasks").RequireAuthorization(InvestmentPolicies.Staff)
            .WithName(nameof(ListTasks)).WithSummary("Tasks by assignee (assignee=me for the caller), optionally only overdue ones");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<ActivityResponse>>, ProblemHttpResult>> ListActivities(
        Guid id, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        if (!await IsVisibleAsync(id, services, cancellationToken))
        {
            return Problems.NotFound("lead");
        }

        var activities = await services.Db.Activities.AsNoTracking().Where(a => a.LeadId == id)
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.RecordedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ActivityResponse>>([.. activities.Select(ActivityResponse.From)]);
    }

    public static async Task<Results<Created<ActivityResponse>, ValidationProblem, ProblemHttpResult>> RecordActivity(
        Guid id, ActivityRequest request, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        if (!await IsVisibleAsync(id, services, cancellationToken))
        {
            return Problems.NotFound("lead");
        }

        var errors = new ValidationErrors()
            .AddIf(request.Kind is null, "kind", "Use call, email, meeting or site-visit.")
            .AddIf(request.Date is null, "date", "Required.");
        LeadRequestValidator.Text(request.Note, "note", LeadLimits.TextLength, required: true, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var activity = new LeadActivity(id, request.Kind!.Value, request.Date!.Value, request.Note!.Trim(), services.User.UserId(), services.Clock.GetUtcNow());
        services.Db.Activities.Add(activity);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/investment/leads/{id}/activities", ActivityResponse.From(activity));
    }

    public static async Task<Results<Ok<IReadOnlyList<TaskResponse>>, ProblemHttpResult>> ListLeadTasks(
        Guid id, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        if (!await IsVisibleAsync(id, services, cancellationToken))
        {
            return Problems.NotFound("lead");
        }

        var tasks = await services.Db.Tasks.AsNoTracking().Where(t => t.LeadId == id)
            .OrderBy(t => t.Done).ThenBy(t => t.DueDate).ToListAsync(cancellationToken);
        var today = services.Today;
        return TypedResults.Ok<IReadOnlyList<TaskResponse>>([.. tasks.Select(t => TaskResponse.From(t, today))]);
    }

    public static async Task<Results<Created<TaskResponse>, ValidationProblem, ProblemHttpResult>> CreateTask(
        Guid id, TaskRequest request, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        if (!await IsVisibleAsync(id, services, cancellationToken))
        {
            return Problems.NotFound("lead");
        }

        var errors = new ValidationErrors().AddIf(request.DueDate is null, "dueDate", "Required.");
        LeadRequestValidator.Text(request.Title, "title", LeadLimits.ShortTextLength, required: true, errors);
        LeadRequestValidator.Text(request.AssigneeId, "assigneeId", LeadLimits.UserIdLength, required: true, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var task = new LeadTask(id, request.Title!.Trim(), request.AssigneeId!.Trim(), request.DueDate!.Value, services.Clock.GetUtcNow());
        services.Db.Tasks.Add(task);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/investment/leads/{id}/tasks", TaskResponse.From(task, services.Today));
    }

    public static async Task<Results<Ok<TaskResponse>, ValidationProblem, ProblemHttpResult>> SetTaskDone(
        Guid id, Guid taskId, TaskDoneRequest request, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        if (request.Done is not { } done)
        {
            return Problems.Validation(new ValidationErrors().Add("done", "Say whether the task is done (true) or open (false)."));
        }

        var task = await IsVisibleAsync(id, services, cancellationToken)
            ? await services.Db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId && t.LeadId == id, cancellationToken)
            : null;
        if (task is null)
        {
            return Problems.NotFound("task");
        }

        task.SetDone(done, services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TaskResponse.From(task, services.Today));
    }

    public static async Task<Results<Ok<PagedResponse<TaskResponse>>, ValidationProblem>> ListTasks(
        [AsParameters] InvestmentServices services, string? assignee, bool? overdue, bool? done, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.Create(page, pageSize, errors);
        errors.AddIf(assignee?.Length > LeadLimits.UserIdLength, "assignee", $"At most {LeadLimits.UserIdLength} characters.");
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var today = services.Today;
        var query = services.Db.Tasks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(assignee))
        {
            var who = assignee == "me" ? services.User.UserId() : assignee;
            query = query.Where(t => t.AssigneeId == who);
        }

        if (overdue is { } wantOverdue)
        {
            query = wantOverdue ? query.Where(t => !t.Done && t.DueDate < today) : query.Where(t => t.Done || t.DueDate >= today);
        }

        if (done is { } wantDone)
        {
            query = query.Where(t => t.Done == wantDone);
        }

        var result = await query.OrderBy(t => t.DueDate).ThenBy(t => t.Id)
            .ToPagedResponseAsync(paging, t => new TaskResponse(t.Id, t.LeadId, t.Title, t.AssigneeId, t.DueDate, t.Done, !t.Done && t.DueDate < today), cancellationToken);
        return TypedResults.Ok(result);
    }

    private static Task<bool> IsVisibleAsync(Guid id, InvestmentServices services, CancellationToken cancellationToken) =>
        services.Db.Leads.VisibleTo(services.User).AnyAsync(l => l.Id == id, cancellationToken);
}
