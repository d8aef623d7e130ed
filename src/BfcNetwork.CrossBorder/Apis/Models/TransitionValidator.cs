using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.CrossBorder.Domain;

namespace BfcNetwork.CrossBorder.Apis.Models;

public static class TransitionValidator
{
    /// <summary>The note and date of a step to <paramref name="target"/> (the request's <c>to</c>, already known).</summary>
    public static ValidationErrors Validate(ProjectStatus target, TransitionRequest request, JointProject project, DateOnly today)
    {
        var errors = new ValidationErrors();
        errors.LimitText(request.Note, "note", ProjectLimits.NoteLength);
        errors.AddIf(ProjectLifecycle.StepsNeedingNote.Contains(target) && string.IsNullOrWhiteSpace(request.Note), "note",
            target == ProjectStatus.ApprovedWithConditions ? "State the conditions." : "Say why, for the applicant.");
        errors.AddIf(request.Date is not null && !ProjectLifecycle.DatedSteps.Contains(target), "date",
            "Only the eligibility check and the committee's decision carry a date.");
        errors.AddIf(request.Date > today, "date", "The date cannot be in the future.");

        var isDecision = target is ProjectStatus.Approved or ProjectStatus.ApprovedWithConditions or ProjectStatus.NotApproved;
        errors.AddIf(isDecision && request.Date < project.EligibilityDate, "date",
            $"The decision date cannot be before the eligibility date ({project.EligibilityDate:yyyy-MM-dd}).");
        return errors;
    }
}
