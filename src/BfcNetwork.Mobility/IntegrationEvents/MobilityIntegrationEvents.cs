using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Contracts;
using BfcNetwork.Mobility.Domain;

namespace BfcNetwork.Mobility.IntegrationEvents;

/// <summary>What Mobility tells the network: aggregates only, never a participant record.</summary>
public static class MobilityIntegrationEvents
{
    public static MobilityExchangeCompleted Completed(Exchange exchange, DateTimeOffset at) => new(
        exchange.Id,
        JsonConventions.EnumName(exchange.Programme),
        JsonConventions.EnumName(exchange.Direction),
        exchange.Sending.Country,
        exchange.Receiving.Country,
        exchange.StartDate,
        exchange.EndDate,
        exchange.Days,
        [.. exchange.Tallies.OrderBy(t => t.Category).Select(t => new MobilityParticipantCount(JsonConventions.EnumName(t.Category), t.Participants))],
        exchange.FewerOpportunitiesCount,
        exchange.GreenTravel,
        at);
}
