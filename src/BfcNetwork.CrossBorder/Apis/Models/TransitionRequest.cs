using BfcNetwork.CrossBorder.Domain;

namespace BfcNetwork.CrossBorder.Apis.Models;

/// <summary>
/// A lifecycle step: the state to reach, a note (required where the applicant must be told why),
/// and for eligibility and decisions the business date (defaults to today).
/// </summary>
public sealed record TransitionRequest(ProjectStatus? To, string? Note, DateOnly? Date);
