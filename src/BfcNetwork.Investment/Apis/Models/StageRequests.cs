using BfcNetwork.Investment.Domain;

namespace BfcNetwork.Investment.Apis.Models;

/// <summary>Move along the ordered pipeline (<c>identified</c> … <c>won</c>).</summary>
public sealed record StageRequest(LeadStage? Stage, string? Comment);

public sealed record LoseRequest(string? CountryLostTo, string? Reason);

public sealed record AbandonRequest(string? Reason);

public sealed record CommentRequest(string? Comment);

public sealed record StageChangeResponse(LeadStage? From, LeadStage To, string ChangedBy, DateTimeOffset ChangedAt, string? Comment);
