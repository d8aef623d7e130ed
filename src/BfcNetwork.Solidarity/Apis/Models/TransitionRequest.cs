namespace BfcNetwork.Solidarity.Apis.Models;

/// <summary>Optional body of submit and cancel: a comment for the project's history.</summary>
public sealed record TransitionRequest(string? Comment);
