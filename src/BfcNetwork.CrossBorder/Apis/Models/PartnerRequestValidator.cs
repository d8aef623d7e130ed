using System.Text.RegularExpressions;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.CrossBorder.Domain;
using BfcNetwork.CrossBorder.Domain.Programme;

namespace BfcNetwork.CrossBorder.Apis.Models;

public static partial class PartnerRequestValidator
{
    public static NewPartner? ValidateNew(PartnerRequest? request, InterregProgramme programme, ValidationErrors errors, string prefix)
    {
        if (request is null)
        {
            errors.Add(prefix.TrimEnd('.'), "The partner is required.");
            return null;
        }

        var found = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.OrganisationId) || !OrganisationId().IsMatch(request.OrganisationId))
        {
            found.Add($"{prefix}organisationId", "The organisation id is lower-case letters, digits and hyphens, 2 to 64 characters.");
        }

        found.AddIf(request.Side is null, $"{prefix}side", "The side is FR or CH.");
        var details = request.Side is { } side
            ? ValidateDetails(side, request.OrganisationName, request.ShortName, request.Territory, request.OutsideAreaJustification,
                request.LegalStatus, request.Contact, programme, found, prefix)
            : null;
        var budget = request.Side is { } budgetSide && request.Budget is not null
            ? BudgetRequestValidator.Validate(request.Budget, budgetSide, programme, found, $"{prefix}budget.")
            : null;

        errors.Merge(found);
        return found.IsEmpty && details is not null
            ? new NewPartner(request.OrganisationId!, request.Side!.Value, request.Role ?? PartnerRole.Partner, details, budget)
            : null;
    }

    public static PartnerDetails? ValidateUpdate(PartnerUpdateRequest request, PartnerSide side, InterregProgramme programme, ValidationErrors errors) =>
        ValidateDetails(side, request.OrganisationName, request.ShortName, request.Territory, request.OutsideAreaJustification,
            request.LegalStatus, request.Contact, programme, errors, "");

    private static PartnerDetails? ValidateDetails(PartnerSide side, string? organisationName, string? shortName, string? territory,
        string? justification, LegalStatus? legalStatus, ContactModel? contact, InterregProgramme programme, ValidationErrors errors, string prefix)
    {
        var found = new ValidationErrors();
        found.RequireText(organisationName, $"{prefix}organisationName", ProjectLimits.NameLength);
        found.RequireText(shortName, $"{prefix}shortName", ProjectLimits.ShortNameLength);
        found.LimitText(justification, $"{prefix}outsideAreaJustification", ProjectLimits.NoteLength);
        PartnerRules.CheckTerritory(side, territory, justification, programme, found, prefix);
        found.AddIf(legalStatus is null, $"{prefix}legalStatus", "The legal status is required.");
        if (contact is not null)
        {
            found.RequireText(contact.Name, $"{prefix}contact.name", ProjectLimits.NameLength);
            found.AddIf(contact.Email is null || !Email().IsMatch(contact.Email), $"{prefix}contact.email", "A valid e-mail address is required.");
            found.AddIf(contact.Phone is not null && !Phone().IsMatch(contact.Phone), $"{prefix}contact.phone",
                "Digits, spaces and + ( ) . - only, 6 to 30 characters.");
        }

        errors.Merge(found);
        return found.IsEmpty
            ? new PartnerDetails(organisationName!.Trim(), shortName!.Trim(), territory!,
                string.IsNullOrWhiteSpace(justification) ? null : justification.Trim(), legalStatus!.Value,
                contact is null ? null : new PartnerContact(contact.Name!.Trim(), contact.Email!.Trim(), contact.Phone?.Trim()))
            : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex OrganisationId();

    [GeneratedRegex(@"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^[+0-9 ().-]{6,30}$")]
    private static partial Regex Phone();
}
