using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.IntegrationEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Apis;

/// <summary>Exchanges: creation by an organisation's coordinator, reading, the lifecycle and group consents.</summary>
public static class ExchangesApi
{
    public const string Path = "/api/mobility/exchanges";

    public static IEndpointRouteBuilder MapExchangesApi(this IEndpointRouteBuilder app)
    {
        var exchanges = app.MapGroup(Path)
            .WithTags("Exchanges")
            .RequireAuthorization(MobilityPolicies.Reader);

        exchanges.MapPost("/", CreateExchange).RequireAuthorization(MobilityPolicies.Coordinator)
            .WithName(nameof(CreateExchange)).WithSummary("Create a draft exchange of the coordinator's organisation")
            .WithIdempotencyKey();
        exchanges.MapGet("/", ListExchanges)
            .WithName(nameof(ListExchanges)).WithSummary("List the exchanges visible to the caller");
        exchanges.MapGet("/{id:guid}", GetExchange)
            .WithName(nameof(GetExchange)).WithSummary("Get an exchange with its counts, pseudonymous participants and history");
        exchanges.MapPost("/{id:guid}/transitions", TransitionExchange)
            .WithName(nameof(TransitionExchange)).WithSummary("Move the exchange through Draft → Planned → Confirmed → InProgress → Completed, or cancel it");
        exchanges.MapPost("/{id:guid}/parental-consents", RecordGroupParentalConsents)
            .WithName(nameof(RecordGroupParentalConsents)).WithSummary("Record that the parents of every minor of a group exchange consented");
        return app;
    }

    public static async Task<Results<Created<ExchangeResponse>, ValidationProblem>> CreateExchange(
        ExchangeRequest request, [AsParameters] MobilityServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var valid = ExchangeRequestValidator.Validate(request, services.Rules, errors);
        if (valid is not { } exchangeData)
        {
            return Problems.Validation(errors);
        }

        // The host is checked against Mobility's own catalogue, built from events: no call to another service.
        if (exchangeData.Details.HostId is { } hostId && !await services.Db.Hosts.AnyAsync(h => h.Id == hostId && h.Active, cancellationToken))
        {
            return Problems.Validation(errors.Add("hostId", "No active host with this id in the host catalogue."));
        }

        var exchange = Exchange.CreateDraft(services.User.OrganisationId()!, exchangeData.Details, exchangeData.Group, services.User.UserId(), services.Clock.GetUtcNow());
        services.Db.Exchanges.Add(exchange);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{Path}/{exchange.Id}", ExchangeResponse.From(exchange));
    }

    public static async Task<Results<Ok<PagedResponse<ExchangeSummary>>, ValidationProblem>> ListExchanges(
        [AsParameters] MobilityServices services, string? status, string? programme, int? year, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.Create(page, pageSize, errors);
        var query = services.Db.Exchanges.AsNoTracking().VisibleTo(services.User);
        if (JsonConventions.ParseQueryValue<ExchangeStatus>(status, "status", errors) is { } wantedStatus)
        {
            query = query.Where(e => e.Status == wantedStatus);
        }

        if (JsonConventions.ParseQueryValue<MobilityProgramme>(programme, "programme", errors) is { } wantedProgramme)
        {
            query = query.Where(e => e.Programme == wantedProgramme);
        }

        if (year is { } y)
        {
            errors.AddIf(y is < 2000 or > 2100, "year", "A year between 2000 and 2100.");
            query = query.Where(e => e.StartDate.Year == y);
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        return TypedResults.Ok(await query.OrderByDescending(e => e.StartDate).ThenBy(e => e.Id).ToPagedResponseAsync(paging,
            e => new ExchangeSummary(e.Id, e.OrganisationId, e.Title, e.Programme, e.Direction, e.Category, e.IsGroup, e.StartDate, e.EndDate, e.Status),
            cancellationToken));
    }

    public static async Task<Results<Ok<ExchangeResponse>, ProblemHttpResult>> GetExchange(
        Guid id, [AsParameters] MobilityServices services, CancellationToken cancellationToken)
    {
        var exchange = await LoadAsync(services, id, cancellationToken);
        return exchange is null ? Problems.NotFound("exchange") : TypedResults.Ok(ExchangeResponse.From(exchange));
    }

    public static async Task<Results<Ok<ExchangeResponse>, ValidationProblem, ProblemHttpResult>> TransitionExchange(
        Guid id, TransitionRequest request, [AsParameters] MobilityServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.AddIf(request.To is null, "to", "This field is required.");
        errors.LimitText(request.Note, "note", ExchangeLimits.NoteLength);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var exchange = await LoadAsync(services, id, cancellationToken, tracking: true);
        if (exchange is null)
        {
            return Problems.NotFound("exchange");
        }

        var to = request.To!.Value;
        if (!exchange.CanMoveTo(to))
        {
            return Problems.Conflict($"An exchange cannot go from {JsonConventions.EnumName(exchange.Status)} to {JsonConventions.EnumName(to)}.");
        }

        ExchangeRules.CheckTransition(exchange, to, request.Note, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var now = services.Clock.GetUtcNow();
        exchange.MoveTo(to, services.User.UserId(), now, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim());
        if (to == ExchangeStatus.Completed)
        {
            services.Db.AddIntegrationEvent(MobilityIntegrationEvents.Completed(exchange, now), exchange.Id.ToString(), now);
        }

        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ExchangeResponse.From(exchange));
    }

    public static async Task<Results<Ok<ExchangeResponse>, ProblemHttpResult>> RecordGroupParentalConsents(
        Guid id, [AsParameters] MobilityServices services, CancellationToken cancellationToken)
    {
        var exchange = await LoadAsync(services, id, cancellationToken, tracking: true);
        if (exchange is null)
        {
            return Problems.NotFound("exchange");
        }

        exchange.RecordGroupParentalConsents(services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ExchangeResponse.From(exchange));
    }

    internal static Task<Exchange?> LoadAsync(MobilityServices services, Guid id, CancellationToken cancellationToken, bool tracking = false)
    {
        var query = services.Db.Exchanges.VisibleTo(services.User)
            .Include(e => e.Participants).Include(e => e.Transitions).AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
    }
}
