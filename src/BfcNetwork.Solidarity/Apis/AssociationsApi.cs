using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.Solidarity.Apis.Models;
using BfcNetwork.Solidarity.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Solidarity.Apis;

/// <summary>The associations the Region works with; registering one is a regional officer's job.</summary>
public static class AssociationsApi
{
    public static IEndpointRouteBuilder MapAssociationsApi(this IEndpointRouteBuilder app)
    {
        var associations = app.MapGroup("/api/solidarity/associations")
            .WithTags("Associations")
            .RequireAuthorization(SolidarityPolicies.Reader);

        associations.MapGet("/", ListAssociations)
            .WithName(nameof(ListAssociations)).WithSummary("List associations (a coordinator sees their own)");
        associations.MapGet("/{id}", GetAssociation)
            .WithName(nameof(GetAssociation)).WithSummary("Get an association");
        associations.MapPost("/", RegisterAssociation).RequireAuthorization(SolidarityPolicies.RegionalOfficer)
            .WithName(nameof(RegisterAssociation)).WithSummary("Register an association (regional officers)")
            .WithIdempotencyKey();
        return app;
    }

    public static async Task<Results<Ok<PagedResponse<AssociationResponse>>, ValidationProblem>> ListAssociations(
        [AsParameters] SolidarityServices services, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.Create(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        return TypedResults.Ok(await services.Db.Associations.AsNoTracking().VisibleTo(services.User)
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .ToPagedResponseAsync(paging, a => new AssociationResponse(a.Id, a.Name, a.City, a.RegisteredAt), cancellationToken));
    }

    public static async Task<Results<Ok<AssociationResponse>, ProblemHttpResult>> GetAssociation(
        string id, [AsParameters] SolidarityServices services, CancellationToken cancellationToken)
    {
        var association = await services.Db.Associations.AsNoTracking().VisibleTo(services.User)
            .Where(a => a.Id == id)
            .Select(a => new AssociationResponse(a.Id, a.Name, a.City, a.RegisteredAt))
            .FirstOrDefaultAsync(cancellationToken);
        return association is null ? Problems.NotFound("association") : TypedResults.Ok(association);
    }

    public static async Task<Results<Created<AssociationResponse>, ValidationProblem, ProblemHttpResult>> RegisterAssociation(
        AssociationRequest request, [AsParameters] SolidarityServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = request.Name?.Trim();
        var city = request.City?.Trim();
        errors.AddIf(string.IsNullOrEmpty(name) || name.Length > 200, "name", "A name of 1 to 200 characters is required.");
        errors.AddIf(string.IsNullOrEmpty(city) || city.Length > 100, "city", "A city of 1 to 100 characters is required.");
        var id = request.Id ?? Association.SlugFrom(name ?? "");
        errors.AddIf(!Association.IsValidId(id), "id",
            $"Ids are lowercase words joined by hyphens, at most {Association.MaxIdLength} characters (amadea-franche-comte).");
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        if (await services.Db.Associations.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return Problems.Conflict($"An association with id '{id}' is already registered.");
        }

        var association = new Association(id, name!, city!, services.User.UserId(), services.Clock.GetUtcNow());
        services.Db.Associations.Add(association);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/solidarity/associations/{id}",
            new AssociationResponse(association.Id, association.Name, association.City, association.RegisteredAt));
    }
}
