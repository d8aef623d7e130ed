using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.CrossBorder.Apis;

/// <summary>The shared shape of reading and editing a joint project as one aggregate.</summary>
public static class ProjectCommands
{
    public static Task<JointProject?> FindVisibleProjectAsync(this CrossBorderServices services, Guid id, CancellationToken cancellationToken) =>
        services.Db.Projects.Include(p => p.Partners).VisibleTo(services.User).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>
    /// An edit of a project or one of its partners, answered in a fixed order: 404 if the project is
    /// not visible, then <paramref name="authorize"/> (404 for an unknown partner, 403 for someone
    /// else's record), 428/412 for a missing or stale If-Match (the project's ETag covers its
    /// partners), 409 when the project is not editable, then <paramref name="edit"/>'s field errors.
    /// Only then is anything saved.
    /// </summary>
    public static async Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> EditProjectAsync(
        this CrossBorderServices services, Guid id, CancellationToken cancellationToken,
        Func<JointProject, DateTimeOffset, IResult?> edit, Func<JointProject, ProblemHttpResult?>? authorize = null)
    {
        var project = await services.FindVisibleProjectAsync(id, cancellationToken);
        if (project is null)
        {
            return Problems.NotFound("project");
        }

        if (authorize?.Invoke(project) is { } refused)
        {
            return refused;
        }

        if (services.HttpContext.Request.RequireCurrentVersion(project.Version) is { } precondition)
        {
            return precondition;
        }

        if (!project.IsEditable)
        {
            return Problems.Conflict(
                $"A {ProjectLifecycle.Name(project.Status)} project cannot be edited; it can be while draft, returned to the applicant or in modification.");
        }

        switch (edit(project, services.Clock.GetUtcNow()))
        {
            case ValidationProblem invalid:
                return invalid;
            case ProblemHttpResult problem:
                return problem;
        }

        await services.Db.SaveChangesAsync(cancellationToken);
        services.HttpContext.Response.SetETag(project.Version);
        return TypedResults.Ok(ProjectResponse.From(project, services.Programme));
    }
}
