using BfcNetwork.BuildingBlocks.Domain;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Solidarity.Apis.Models;
using BfcNetwork.Solidarity.Domain;
using BfcNetwork.Solidarity.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Solidarity.Apis;

/// <summary>What the Region publishes about its solidarity grants: approved projects, no personal data.</summary>
public static class PublicProjectsApi
{
    public static IEndpointRouteBuilder MapPublicProjectsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/solidarity/public/projects", ListPublicProjects)
            .AllowAnonymous()
            .WithTags("Public")
            .WithName(nameof(ListPublicProjects))
            .WithSummary("Approved projects, open to everyone");
        return app;
    }

    public static async Task<Results<Ok<PagedResponse<PublicProject>>, ValidationProblem>> ListPublicProjects(
        SolidarityDbContext db, string? country, int? sdg, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.Create(page, pageSize, errors);
        errors.AddIf(country is not null && !CountryCodes.IsAssigned(country), "country", "Use an ISO 3166-1 alpha-2 country code.");
        errors.AddIf(sdg is < 1 or > 17, "sdg", "Sustainable Development Goals are numbered 1 to 17.");
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var approved = db.Projects.AsNoTracking().Where(p => p.Status == ProjectStatus.Approved);
        if (country is not null)
        {
            approved = approved.Where(p => p.BeneficiaryCountry == country);
        }

        if (sdg is not null)
        {
            approved = approved.Where(p => p.Sdgs.Contains(sdg.Value));
        }

        var rows = approved
            .Join(db.Associations, p => p.AssociationId, a => a.Id, (project, association) => new { project, association.Name })
            .OrderByDescending(row => row.project.UpdatedAt).ThenBy(row => row.project.Id);
        return TypedResults.Ok(await rows.ToPagedResponseAsync(paging, row => new PublicProject(
            row.project.Id, row.project.Title, row.project.Summary, row.Name, row.project.BeneficiaryCountry,
            row.project.Sdgs, row.project.DacSectors, row.project.StartDate, row.project.EndDate,
            row.project.GrantedAmount!.Value), cancellationToken));
    }
}
