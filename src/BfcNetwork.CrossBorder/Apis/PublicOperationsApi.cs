using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Domain.Programme;
using BfcNetwork.CrossBorder.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BfcNetwork.CrossBorder.Apis;

/// <summary>
/// What the programme publishes without sign-in: its reference data and its list of operations
/// (EU programmes must publish the operations they fund), with organisations and amounts per
/// currency, never contact persons.
/// </summary>
public static class PublicOperationsApi
{
    public static IEndpointRouteBuilder MapPublicOperationsApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/crossborder/public").WithTags("Public").AllowAnonymous();
        open.MapGet("/operations", ListOperations)
            .WithName(nameof(ListOperations)).WithSummary("Approved and contracted operations of the programme");
        open.MapGet("/programme", GetProgramme)
            .WithName(nameof(GetProgramme)).WithSummary("Priorities, specific objectives, eligible area, funds and calls");
        return app;
    }

    public static async Task<Results<Ok<PagedResponse<PublicOperation>>, ValidationProblem>> ListOperations(
        CrossBorderDbContext db, IOptionsSnapshot<InterregProgramme> programmeOptions, string? priority, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var programme = programmeOptions.Value;
        var errors = new ValidationErrors();
        var paging = PageRequest.Create(page, pageSize, errors);
        var objectives = priority is null ? null : programme.Priorities.FirstOrDefault(p => p.Code == priority)?.SpecificObjectives.Select(o => o.Code).ToList();
        errors.AddIf(priority is not null && objectives is null, "priority",
            $"Unknown priority; use one of {string.Join(", ", programme.Priorities.Select(p => p.Code))}.");
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var programmed = ProjectLifecycle.Programmed.ToList();
        var query = db.Projects.AsNoTracking().Where(p => programmed.Contains(p.Status));
        if (objectives is not null)
        {
            query = query.Where(p => objectives.Contains(p.SpecificObjective));
        }

        var total = await query.CountAsync(cancellationToken);
        var projects = await query.Include(p => p.Partners)
            .OrderBy(p => p.Acronym).ThenBy(p => p.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        IReadOnlyList<PublicOperation> items = [.. projects.Select(p => new PublicOperation(
            p.Id, p.Acronym, p.Title, ProjectResponse.PriorityOf(p, programme), p.SpecificObjective, p.Status, p.DecisionDate,
            [.. p.OrderedPartners().Select(partner => new PublicPartner(partner.OrganisationName, partner.Side, partner.Territory, partner.Role))],
            [p.TotalOf(PartnerSide.FR), p.TotalOf(PartnerSide.CH)],
            p.FundTotal(ProgrammeFund.Erdf, PartnerSide.FR)))];
        return TypedResults.Ok(new PagedResponse<PublicOperation>(items, paging.Page, paging.PageSize, total));
    }

    public static Ok<InterregProgramme> GetProgramme(IOptionsSnapshot<InterregProgramme> programmeOptions) => TypedResults.Ok(programmeOptions.Value);
}
