using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.Apis.Models;

public sealed record ProjectTransitionResponse(ProjectStatus? From, ProjectStatus To, string ChangedBy, DateTimeOffset ChangedAt, string? Comment);
