using BfcNetwork.CrossBorder.Domain;

namespace BfcNetwork.CrossBorder.Apis.Models;

public sealed record ProjectTransitionResponse(ProjectStatus? From, ProjectStatus To, string ChangedBy, DateTimeOffset ChangedAt, string? Note);
