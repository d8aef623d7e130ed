using BfcNetwork.Mobility.Domain;

namespace BfcNetwork.Mobility.Apis.Models;

/// <summary>A pseudonymous participant as the exchange's coordinator sees it.</summary>
public sealed record ParticipantResponse(Guid Id, ParticipantCategory Category, AgeBand AgeBand, bool IsMinor, bool FewerOpportunities, bool ParentalConsent)
{
    public static ParticipantResponse From(Participant p) => new(p.Id, p.Category, p.AgeBand, p.IsMinor, p.FewerOpportunities, p.ParentalConsent);
}
