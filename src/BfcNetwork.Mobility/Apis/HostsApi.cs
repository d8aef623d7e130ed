using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Apis;

/// <summary>The host catalogue Mobility keeps from the other services' events.</summary>
public static class HostsApi
{
    public const string Path = "/api/mobility/hosts";

    public static IEndpointRouteBuilder MapHostsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ListHosts).WithTags("Hosts").RequireAuthorization(MobilityPolicies.Reader)
            .WithName(nameof(ListHosts)).WithSummary("List active host organisations, by country (ISO code) and kind");
        return app;
    }

    public static async Task<Results<Ok<PagedResponse<HostResponse>>, ValidationProblem>> ListHosts(
        [AsParameters] MobilityServices services, string? country, string? kind, bool? includeRetired, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.Create(page, pageSize, errors);
        var query = services.Db.Hosts.AsNoTracking();
        if (includeRetired != true)
        {
            query = query.Where(h => h.Active);
        }

        if (country is not null)
        {
            errors.AddIf(!ExchangeRequestValidator.IsCountryCode(country), "country", "A two-letter ISO 3166-1 country code.");
            var code = country.ToUpperInvariant();
            query = query.Where(h => h.Country == code);
        }

        if (JsonConventions.ParseQueryValue<HostKind>(kind, "kind", errors) is { } wanted)
        {
            query = query.Where(h => h.Kind == wanted);
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        return TypedResults.Ok(await query.OrderBy(h => h.Name).ThenBy(h => h.Id).ToPagedResponseAsync(paging,
            h => new HostResponse(h.Id, h.Kind, h.Source, h.Source == HostSource.Investment ? null : h.SourceId, h.Name, h.Country, h.Place, h.Reference, h.Active), cancellationToken));
    }
}
