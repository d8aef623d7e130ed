using BfcNetwork.Mobility.Domain;

namespace BfcNetwork.Mobility.Apis.Models;

/// <summary>A group exchange's composition: counts per category, never names.</summary>
public sealed record GroupRequest(IReadOnlyList<CategoryCountModel>? Counts, int? AccompanyingAdults, int? YoungestAge, int? OldestAge);

public sealed record CategoryCountModel(ParticipantCategory? Category, int? Participants, int? FewerOpportunities);
