using BfcNetwork.BuildingBlocks.Domain;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Mobility.Domain;

namespace BfcNetwork.Mobility.Apis.Models;

/// <summary>Turns a request into domain values, collecting every field error, then applies the programme rules.</summary>
public static class ExchangeRequestValidator
{
    public static (ExchangeDetails Details, GroupComposition? Group)? Validate(ExchangeRequest request, MobilityRules rules, ValidationErrors errors)
    {
        errors.RequireText(request.Title, "title", ExchangeLimits.TitleLength);
        errors.AddIf(request.Programme is null, "programme", "This field is required.");
        errors.AddIf(request.Direction is null, "direction", "This field is required.");
        errors.AddIf(request.Category is null, "category", "This field is required.");
        errors.AddIf(request.IsGroup is null, "isGroup", "This field is required.");
        errors.AddIf(request.StartDate is null, "startDate", "This field is required.");
        errors.AddIf(request.EndDate is null, "endDate", "This field is required.");
        errors.AddIf(request.GrantEur is < 0 or > 10_000_000m, "grantEur", "A grant is between 0 and 10,000,000 EUR.");
        errors.AddIf(request.GrantEur is { } grant && decimal.Round(grant, 2) != grant, "grantEur", "At most two decimals (cents).");
        var sending = Place(request.Sending, "sending", errors);
        var receiving = Place(request.Receiving, "receiving", errors);

        GroupComposition? group = null;
        if (request.IsGroup == true)
        {
            group = Group(request.Group, errors);
        }
        else if (request.IsGroup == false && request.Group is not null)
        {
            errors.Add("group", "An individual exchange records its participants one by one, not as a group.");
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        var details = new ExchangeDetails(request.Title!.Trim(), request.Programme!.Value, request.Direction!.Value, request.Category!.Value, request.IsGroup!.Value,
            sending!, receiving!, request.StartDate!.Value, request.EndDate!.Value, request.GreenTravel ?? false, request.GrantEur ?? 0m, request.HostId);
        ExchangeRules.CheckDetails(details, group, rules, errors);
        return errors.IsEmpty ? (details, group) : null;
    }

    private static Place? Place(PlaceModel? place, string field, ValidationErrors errors)
    {
        if (place is null)
        {
            errors.Add(field, "This field is required.");
            return null;
        }

        errors.RequireText(place.OrganisationName, $"{field}.organisationName", ExchangeLimits.NameLength);
        errors.RequireText(place.City, $"{field}.city", ExchangeLimits.CityLength);
        var countryValid = IsCountryCode(place.Country);
        errors.AddIf(!countryValid, $"{field}.country", "A two-letter ISO 3166-1 country code (FR, DE, TG…).");
        return countryValid && !string.IsNullOrWhiteSpace(place.OrganisationName) && !string.IsNullOrWhiteSpace(place.City)
            ? new Place(place.OrganisationName.Trim(), place.Country!.ToUpperInvariant(), place.City.Trim())
            : null;
    }

    private static GroupComposition? Group(GroupRequest? group, ValidationErrors errors)
    {
        if (group is null)
        {
            errors.Add("group", "A group exchange gives its counts per category, accompanying adults and age range.");
            return null;
        }

        var before = errors.ToDictionary().Count;
        errors.AddIf(group.Counts is not { Count: > 0 }, "group.counts", "Give at least one count per category.");
        var tallies = new List<(ParticipantCategory, int, int)>();
        for (var i = 0; i < (group.Counts?.Count ?? 0); i++)
        {
            var count = group.Counts![i];
            var field = $"group.counts[{i}]";
            errors.AddIf(count.Category is null, $"{field}.category", "This field is required.");
            errors.AddIf(count.Participants is not (>= 1 and <= ExchangeLimits.MaxGroupSize), $"{field}.participants", $"Between 1 and {ExchangeLimits.MaxGroupSize}.");
            errors.AddIf(count.FewerOpportunities is < 0 || count.FewerOpportunities > count.Participants, $"{field}.fewerOpportunities",
                "Between 0 and the number of participants.");
            errors.AddIf(count.Category is { } c && group.Counts.Take(i).Any(o => o.Category == c), $"{field}.category", "One count per category.");
            if (count is { Category: { } category, Participants: { } participants })
            {
                tallies.Add((category, participants, count.FewerOpportunities ?? 0));
            }
        }

        errors.AddIf(group.AccompanyingAdults is null or < 0, "group.accompanyingAdults", "The number of accompanying adults (0 or more).");
        errors.AddIf(group.YoungestAge is null or < 0 or > 120, "group.youngestAge", "The age of the youngest member.");
        errors.AddIf(group.OldestAge is null or < 0 or > 120, "group.oldestAge", "The age of the oldest member.");
        return errors.ToDictionary().Count == before
            ? new GroupComposition(tallies, group.AccompanyingAdults!.Value, group.YoungestAge!.Value, group.OldestAge!.Value)
            : null;
    }

    /// <summary>Mobility takes country codes in either case and stores them upper case.</summary>
    public static bool IsCountryCode(string? value) => CountryCodes.IsAssigned(value?.ToUpperInvariant());
}
