using BfcNetwork.Mobility.Domain;

namespace BfcNetwork.Mobility.Apis.Models;

public sealed record ExchangeResponse(
    Guid Id,
    string OrganisationId,
    string Title,
    MobilityProgramme Programme,
    ExchangeDirection Direction,
    ParticipantCategory Category,
    bool IsGroup,
    PlaceModel Sending,
    PlaceModel Receiving,
    DateOnly StartDate,
    DateOnly EndDate,
    int Days,
    bool GreenTravel,
    decimal GrantEur,
    Guid? HostId,
    ExchangeStatus Status,
    IReadOnlyList<CategoryCountResponse> Counts,
    int AccompanyingAdults,
    bool GroupIncludesMinors,
    bool GroupParentalConsentsRecorded,
    IReadOnlyList<ParticipantResponse> Participants,
    IReadOnlyList<TransitionResponse> History)
{
    public static ExchangeResponse From(Exchange e) => new(
        e.Id, e.OrganisationId, e.Title, e.Programme, e.Direction, e.Category, e.IsGroup,
        new PlaceModel(e.Sending.OrganisationName, e.Sending.Country, e.Sending.City),
        new PlaceModel(e.Receiving.OrganisationName, e.Receiving.Country, e.Receiving.City),
        e.StartDate, e.EndDate, e.Days, e.GreenTravel, e.GrantEur, e.HostId, e.Status,
        [.. e.Tallies.OrderBy(t => t.Category).Select(t => new CategoryCountResponse(t.Category, t.Participants, t.FewerOpportunities))],
        e.AccompanyingAdults, e.GroupIncludesMinors, e.GroupParentalConsentsRecorded,
        [.. e.Participants.OrderBy(p => p.AddedAt).Select(ParticipantResponse.From)],
        [.. e.Transitions.OrderBy(t => t.ChangedAt).ThenBy(t => t.Id).Select(t => new TransitionResponse(t.From, t.To, t.ChangedBy, t.ChangedAt, t.Note))]);
}

public sealed record CategoryCountResponse(ParticipantCategory Category, int Participants, int FewerOpportunities);

public sealed record TransitionResponse(ExchangeStatus? From, ExchangeStatus To, string ChangedBy, DateTimeOffset ChangedAt, string? Note);

public sealed record ExchangeSummary(Guid Id, string OrganisationId, string Title, MobilityProgramme Programme, ExchangeDirection Direction,
    ParticipantCategory Category, bool IsGroup, DateOnly StartDate, DateOnly EndDate, ExchangeStatus Status);
