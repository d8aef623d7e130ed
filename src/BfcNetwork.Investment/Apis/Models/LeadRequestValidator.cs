using System.Text.RegularExpressions;
using BfcNetwork.BuildingBlocks.Domain;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Investment.Domain;

namespace BfcNetwork.Investment.Apis.Models;

/// <summary>Checks a lead body field by field and turns it into <see cref="LeadDetails"/>.</summary>
public static partial class LeadRequestValidator
{
    public static LeadDetails? Validate(LeadRequest request, string callerId, DateTimeOffset now, ValidationErrors errors)
    {
        Text(request.CompanyName, "companyName", LeadLimits.NameLength, required: true, errors);
        Country(request.OriginCountry, "originCountry", required: true, errors);
        Text(request.Description, "description", LeadLimits.TextLength, required: false, errors);
        Text(request.AnonymisedDescription, "anonymisedDescription", LeadLimits.TextLength, required: false, errors);
        Text(request.Needs, "needs", LeadLimits.ShortTextLength, required: false, errors);

        if (request.CapexEur is { } capex)
        {
            errors.AddIf(capex < 0, "capexEur", "Capex cannot be negative.");
            errors.AddIf(capex > 99_999_999_999_999m, "capexEur", "Capex is out of range.");
            errors.AddIf(decimal.Round(capex, 2) != capex, "capexEur", "Amounts are in EUR with at most two decimals.");
            errors.AddIf(request.CapexNotDisclosed, "capexNotDisclosed", "Either give the capex or mark it not disclosed, not both.");
        }

        errors.AddIf(request.JobsAnnounced < 0, "jobsAnnounced", "Cannot be negative.");
        errors.AddIf(request.JobsCreated < 0, "jobsCreated", "Cannot be negative.");
        errors.AddIf(request.JobsSafeguarded < 0, "jobsSafeguarded", "Cannot be negative.");

        var sites = new List<CandidateSite>();
        var siteModels = request.CandidateSites ?? [];
        errors.AddIf(siteModels.Count > LeadLimits.MaxListItems, "candidateSites", $"At most {LeadLimits.MaxListItems} sites.");
        for (var i = 0; i < siteModels.Count && i < LeadLimits.MaxListItems; i++)
        {
            if (ValidateSite(siteModels[i], $"candidateSites[{i}]", now, errors) is { } site)
            {
                errors.AddIf(sites.Any(s => s.Id == site.Id), $"candidateSites[{i}].id", "Each site appears once.");
                sites.Add(site);
            }
        }

        var competitors = Codes(request.CompetingCountries, "competingCountries", errors, Country);
        errors.AddIf(request.HostSiteId is { } host && sites.All(s => s.Id != host), "hostSiteId", "The host site must be one of the candidate sites.");

        var owner = string.IsNullOrWhiteSpace(request.OwnerId) ? callerId : request.OwnerId.Trim();
        errors.AddIf(owner.Length > LeadLimits.UserIdLength, "ownerId", $"At most {LeadLimits.UserIdLength} characters.");
        var team = Codes(request.TeamMembers, "teamMembers", errors, (value, field, _, e) => Text(value, field, LeadLimits.UserIdLength, true, e));
        var shared = Codes(request.SharedWith, "sharedWith", errors, (value, field, _, e) => Identifier(value, field, e));

        if (!errors.IsEmpty)
        {
            return null;
        }

        return new LeadDetails(
            request.CompanyName!.Trim(), request.OriginCountry!, request.Sector, request.InvestmentType,
            Trimmed(request.Description), Trimmed(request.AnonymisedDescription), Trimmed(request.Needs),
            request.Confidential ?? true, request.CapexEur, request.CapexNotDisclosed,
            request.JobsAnnounced, request.JobsCreated, request.JobsSafeguarded,
            sites, competitors, request.EstimatedDecisionDate, request.ActualDecisionDate, request.HostSiteId,
            owner, team, shared);
    }

    public static CandidateSite? ValidateSite(CandidateSiteModel? model, string prefix, DateTimeOffset now, ValidationErrors errors)
    {
        if (model is null)
        {
            errors.Add(prefix, "A candidate site cannot be null.");
            return null;
        }

        var before = errors.ToDictionary().Count;
        Text(model.Commune, $"{prefix}.commune", LeadLimits.NameLength, required: true, errors);
        Identifier(model.IntercommunalityId, $"{prefix}.intercommunalityId", errors);
        Text(model.IntercommunalityName, $"{prefix}.intercommunalityName", LeadLimits.NameLength, required: true, errors);
        Text(model.SiteName, $"{prefix}.siteName", LeadLimits.NameLength, required: false, errors);
        errors.AddIf(model.SurfaceM2 is <= 0, $"{prefix}.surfaceM2", "A surface is positive.");
        if (errors.ToDictionary().Count != before)
        {
            return null;
        }

        return new CandidateSite(model.Id ?? Guid.CreateVersion7(now), model.Commune!.Trim(), model.IntercommunalityId!,
            model.IntercommunalityName!.Trim(), Trimmed(model.SiteName), model.SurfaceM2, model.AvailableFrom);
    }

    public static void Country(string? value, string field, bool required, ValidationErrors errors)
    {
        if (value is null)
        {
            errors.AddIf(required, field, "Required.");
            return;
        }

        errors.AddIf(!CountryCodes.IsAssigned(value), field, "Use an ISO 3166-1 alpha-2 country code such as ES or CA.");
    }

    public static void Text(string? value, string field, int maxLength, bool required, ValidationErrors errors)
    {
        if (required)
        {
            errors.RequireText(value, field, maxLength);
        }
        else
        {
            errors.LimitText(value, field, maxLength);
        }
    }

    /// <summary>An EPCI or organisation id as it appears in the <c>org</c> claim: lower-case words and dashes.</summary>
    public static void Identifier(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Required.");
            return;
        }

        errors.AddIf(value.Length > LeadLimits.IdLength || !IdentifierPattern().IsMatch(value), field,
            "Use the intercommunality's id: lower-case letters, digits and dashes (e.g. cc-grand-pontarlier).");
    }

    private static List<string> Codes(IReadOnlyList<string>? values, string field, ValidationErrors errors,
        Action<string?, string, bool, ValidationErrors> check)
    {
        var list = values ?? [];
        errors.AddIf(list.Count > LeadLimits.MaxListItems, field, $"At most {LeadLimits.MaxListItems} items.");
        for (var i = 0; i < list.Count && i < LeadLimits.MaxListItems; i++)
        {
            check(list[i], $"{field}[{i}]", true, errors);
        }

        return [.. list.Where(v => v is not null).Select(v => v.Trim()).Distinct(StringComparer.Ordinal)];
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdentifierPattern();
}
