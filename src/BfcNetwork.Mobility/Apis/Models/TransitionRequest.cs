using BfcNetwork.Mobility.Domain;

namespace BfcNetwork.Mobility.Apis.Models;

public sealed record TransitionRequest(ExchangeStatus? To, string? Note);
