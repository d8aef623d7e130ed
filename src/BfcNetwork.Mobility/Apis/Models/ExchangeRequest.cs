using BfcNetwork.Mobility.Domain;

namespace BfcNetwork.Mobility.Apis.Models;

/// <summary>A new exchange. <see cref="Group"/> is required for group exchanges and refused for individual ones.</summary>
public sealed record ExchangeRequest(
    string? Title,
    MobilityProgramme? Programme,
    ExchangeDirection? Direction,
    ParticipantCategory? Category,
    bool? IsGroup,
    PlaceModel? Sending,
    PlaceModel? Receiving,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool? GreenTravel,
    decimal? GrantEur,
    Guid? HostId,
    GroupRequest? Group);
