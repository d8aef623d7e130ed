namespace BfcNetwork.Mobility.Apis.Models;

/// <summary>
/// A participant of an individual exchange. The birth date is used once, to check the age rules
/// and compute an age band, and is not stored; <see cref="HasDisability"/> only widens the
/// civic-service age limit and is not stored either.
/// </summary>
public sealed record ParticipantRequest(DateOnly? BirthDate, bool? FewerOpportunities, bool? ParentalConsent, bool? HasDisability);
