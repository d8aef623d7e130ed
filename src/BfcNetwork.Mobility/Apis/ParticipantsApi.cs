using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Apis;

/// <summary>Pseudonymous participants of individual exchanges: adding, consent, erasure on request.</summary>
public static class ParticipantsApi
{
    public static IEndpointRouteBuilder MapParticipantsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost($"{ExchangesApi.Path}/{{id:guid}}/participants", AddParticipant)
            .WithTags("Participants").RequireAuthorization(MobilityPolicies.Reader)
            .WithName(nameof(AddParticipant)).WithSummary("Add a pseudonymous participant; the birth date only sets the age band and is not stored")
            .WithIdempotencyKey();

        var participants = app.MapGroup("/api/mobility/participants")
            .WithTags("Participants")
            .RequireAuthorization(MobilityPolicies.Reader);
        participants.MapPut("/{id:guid}/consents", RecordConsent)
            .WithName(nameof(RecordConsent)).WithSummary("Record whether a parent or guardian consented");
        participants.MapDelete("/{id:guid}", EraseParticipant)
            .WithName(nameof(EraseParticipant)).WithSummary("Erase the person (right to erasure); the exchange keeps its anonymous counts");
        return app;
    }

    public static async Task<Results<Created<ParticipantResponse>, ValidationProblem, ProblemHttpResult>> AddParticipant(
        Guid id, ParticipantRequest request, [AsParameters] MobilityServices services, CancellationToken cancellationToken)
    {
        var exchange = await ExchangesApi.LoadAsync(services, id, cancellationToken, tracking: true);
        if (exchange is null)
        {
            return Problems.NotFound("exchange");
        }

        if (exchange.IsGroup)
        {
            return Problems.Conflict("A group exchange records counts per category, not participants.");
        }

        var errors = new ValidationErrors();
        errors.AddIf(request.BirthDate is null, "birthDate", "This field is required (it is not stored).");
        errors.AddIf(request.BirthDate > exchange.StartDate, "birthDate", "Born before the exchange starts.");
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var age = AgeBands.AgeOn(request.BirthDate!.Value, exchange.StartDate);
        ExchangeRules.CheckParticipantAge(exchange, age, request.HasDisability ?? false, services.Rules, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var participant = exchange.AddParticipant(AgeBands.Of(age), request.FewerOpportunities ?? false, request.ParentalConsent ?? false, services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/mobility/participants/{participant.Id}", ParticipantResponse.From(participant));
    }

    public static async Task<Results<Ok<ParticipantResponse>, ValidationProblem, ProblemHttpResult>> RecordConsent(
        Guid id, ConsentRequest request, [AsParameters] MobilityServices services, CancellationToken cancellationToken)
    {
        if (request.ParentalConsent is null)
        {
            return Problems.Validation(new ValidationErrors().Add("parentalConsent", "This field is required."));
        }

        var exchange = await ExchangeOfAsync(services, id, cancellationToken);
        if (exchange is null)
        {
            return Problems.NotFound("participant");
        }

        exchange.RecordParentalConsent(id, request.ParentalConsent.Value, services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ParticipantResponse.From(exchange.Participants.Single(p => p.Id == id)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> EraseParticipant(
        Guid id, [AsParameters] MobilityServices services, CancellationToken cancellationToken)
    {
        var exchange = await ExchangeOfAsync(services, id, cancellationToken);
        if (exchange is null)
        {
            return Problems.NotFound("participant");
        }

        exchange.EraseParticipant(id, services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The exchange holding the participant, if the caller may reach it.</summary>
    private static async Task<Exchange?> ExchangeOfAsync(MobilityServices services, Guid participantId, CancellationToken cancellationToken)
    {
        var exchangeId = await services.Db.Participants.Where(p => p.Id == participantId).Select(p => (Guid?)p.ExchangeId).FirstOrDefaultAsync(cancellationToken);
        return exchangeId is { } found ? await ExchangesApi.LoadAsync(services, found, cancellationToken, tracking: true) : null;
    }
}
