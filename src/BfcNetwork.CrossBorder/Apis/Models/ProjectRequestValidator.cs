using System.Text.RegularExpressions;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Domain.Programme;

namespace BfcNetwork.CrossBorder.Apis.Models;

/// <summary>
/// Checks a project body field by field, every failure at once, and maps it to the domain; nothing
/// is built, and so nothing written, unless all hold. Completeness (partners on both sides, budgets
/// covered) is the submission's business, so a draft can be saved half-filled.
/// </summary>
public static partial class ProjectRequestValidator
{
    public static ProjectDetails? ValidateDetails(ProjectRequest request, InterregProgramme programme, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(request.Acronym))
        {
            errors.Add("acronym", "This field is required.");
        }
        else
        {
            errors.AddIf(!Acronym().IsMatch(request.Acronym), "acronym",
                $"Up to {ProjectLimits.AcronymLength} letters, digits, apostrophes, hyphens or spaces, starting with a letter or digit.");
        }

        errors.RequireText(request.Title, "title", ProjectLimits.TitleLength);
        errors.LimitText(request.Description, "description", ProjectLimits.TextLength);
        errors.AddIf(request.SpecificObjective is null || programme.FindSpecificObjective(request.SpecificObjective) is null,
            "specificObjective", $"Use one of the programme's specific objectives: {string.Join(", ", programme.Priorities.SelectMany(p => p.SpecificObjectives).Select(o => o.Code))}.");

        var call = request.CallId is null ? null : programme.FindCall(request.CallId);
        errors.AddIf(call is null, "callId", $"Use one of the programme's calls: {string.Join(", ", programme.Calls.Select(c => c.Id))}.");
        var maxDuration = call?.MaxDurationMonths ?? 84;
        errors.AddIf(request.DurationMonths is null or < 1 || request.DurationMonths > maxDuration, "durationMonths",
            $"The duration is 1 to {maxDuration} months.");

        return errors.IsEmpty
            ? new ProjectDetails(request.Acronym!.Trim(), request.Title!.Trim(), request.SpecificObjective!, request.CallId!,
                request.DurationMonths!.Value, string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim())
            : null;
    }

    /// <summary>The partners of a new project: each valid, organisations and short names distinct, at most one lead per side.</summary>
    public static IReadOnlyList<NewPartner>? ValidatePartners(IReadOnlyList<PartnerRequest>? requests, InterregProgramme programme, ValidationErrors errors)
    {
        var partners = new List<NewPartner>();
        requests ??= [];
        errors.AddIf(requests.Count > ProjectLimits.MaxPartners, "partners", $"At most {ProjectLimits.MaxPartners} partners.");
        for (var i = 0; i < requests.Count; i++)
        {
            if (PartnerRequestValidator.ValidateNew(requests[i], programme, errors, $"partners[{i}].") is { } partner)
            {
                errors.AddIf(partners.Any(p => p.OrganisationId == partner.OrganisationId), $"partners[{i}].organisationId",
                    "An organisation is a partner once.");
                errors.AddIf(partners.Any(p => string.Equals(p.Details.ShortName, partner.Details.ShortName, StringComparison.OrdinalIgnoreCase)),
                    $"partners[{i}].shortName", "Short names are unique in a project.");
                partners.Add(partner);
            }
        }

        foreach (var side in Enum.GetValues<PartnerSide>())
        {
            errors.AddIf(partners.Count(p => p.Side == side && p.Role == PartnerRole.Lead) > 1, "partners",
                $"A project has one lead partner per side; several {side} partners are named lead.");
        }

        return errors.IsEmpty ? partners : null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9' -]{0,19}$")]
    private static partial Regex Acronym();
}
