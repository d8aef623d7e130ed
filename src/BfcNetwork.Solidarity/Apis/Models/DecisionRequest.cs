namespace BfcNetwork.Solidarity.Apis.Models;

/// <summary>A regional officer's decision: <c>approve</c> (with the granted amount), <c>reject</c> or <c>request-changes</c>.</summary>
public sealed record DecisionRequest(string? Outcome, decimal? GrantAmount, string? Comment);
