using BfcNetwork.BuildingBlocks.Http;

namespace BfcNetwork.Mobility.Domain;

/// <summary>
/// The programme rules of <see cref="MobilityRules"/>, reported as field errors keyed by the
/// request's JSON paths so a coordinator sees every broken rule at once.
/// </summary>
public static class ExchangeRules
{
    public static bool IsPupilExchange(ExchangeDetails details) => details.Category == ParticipantCategory.Pupil;

    public static void CheckDetails(ExchangeDetails details, GroupComposition? group, MobilityRules rules, ValidationErrors errors)
    {
        var days = details.Days;
        if (details.EndDate < details.StartDate)
        {
            errors.Add("endDate", "The exchange ends on or after its start date.");
            return;
        }

        if (details.Programme == MobilityProgramme.ErasmusYouth)
        {
            errors.AddIf(!rules.YouthDays.Contains(days), "endDate", $"A youth exchange lasts {rules.YouthDays} days; this one lasts {days}.");
        }

        if (details.Programme == MobilityProgramme.TerritoiresVolontaires)
        {
            errors.AddIf(details.IsGroup, "isGroup", "A civic-service mission is individual.");
            var shortest = details.StartDate.AddMonths(rules.CivicServiceMonths.Min).AddDays(-1);
            var longest = details.StartDate.AddMonths(rules.CivicServiceMonths.Max).AddDays(-1);
            errors.AddIf(details.EndDate < shortest || details.EndDate > longest, "endDate",
                $"A civic-service mission lasts {rules.CivicServiceMonths} months: end between {shortest:yyyy-MM-dd} and {longest:yyyy-MM-dd}.");
        }

        if (IsPupilExchange(details))
        {
            if (details.IsGroup)
            {
                errors.AddIf(!rules.PupilGroupDays.Contains(days), "endDate", $"A group stay of pupils lasts {rules.PupilGroupDays} days; this one lasts {days}.");
            }
            else
            {
                errors.AddIf(days < rules.PupilShortStayDays.Min || days > rules.PupilLongStayDays.Max, "endDate",
                    $"An individual pupil stay is short ({rules.PupilShortStayDays} days) or long ({rules.PupilLongStayDays} days); this one lasts {days}.");
            }
        }

        if (group is not null)
        {
            CheckGroup(details, group, rules, errors);
        }
    }

    private static void CheckGroup(ExchangeDetails details, GroupComposition group, MobilityRules rules, ValidationErrors errors)
    {
        errors.AddIf(group.YoungestAge > group.OldestAge, "group.youngestAge", "The youngest member is not older than the oldest.");
        if (details.Programme == MobilityProgramme.ErasmusYouth)
        {
            errors.AddIf(!rules.YouthAges.Contains(group.YoungestAge), "group.youngestAge", $"Youth exchange participants are {rules.YouthAges} years old.");
            errors.AddIf(!rules.YouthAges.Contains(group.OldestAge), "group.oldestAge", $"Youth exchange participants are {rules.YouthAges} years old.");
        }

        if (IsPupilExchange(details))
        {
            var pupils = group.Tallies.Where(t => t.Category == ParticipantCategory.Pupil).Sum(t => t.Participants);
            errors.AddIf(pupils < rules.PupilGroupMinPupils, "group.counts", $"A group stay takes at least {rules.PupilGroupMinPupils} pupils.");
            errors.AddIf(group.AccompanyingAdults < rules.PupilGroupMinAccompanyingAdults, "group.accompanyingAdults",
                $"Pupils on a group stay are accompanied by at least {rules.PupilGroupMinAccompanyingAdults} adult(s).");
        }
    }

    /// <summary>The age rules for one participant, from an age that is then forgotten.</summary>
    public static void CheckParticipantAge(Exchange exchange, int age, bool hasDisability, MobilityRules rules, ValidationErrors errors)
    {
        if (exchange.Programme == MobilityProgramme.ErasmusYouth)
        {
            errors.AddIf(!rules.YouthAges.Contains(age), "birthDate", $"Youth exchange participants are {rules.YouthAges} years old at the start; this one is {age}.");
        }

        if (exchange.Programme == MobilityProgramme.TerritoiresVolontaires)
        {
            var max = hasDisability ? rules.CivicServiceMaxAgeWithDisability : rules.CivicServiceAges.Max;
            errors.AddIf(age < rules.CivicServiceAges.Min || age > max, "birthDate",
                $"Civic-service volunteers are {rules.CivicServiceAges.Min}–{max} years old at the start{(hasDisability ? " (with a disability)" : "")}; this one is {age}.");
        }
    }

    /// <summary>What a step needs beyond being a legal move: participants and, for minors, parental consent before confirmation.</summary>
    public static void CheckTransition(Exchange exchange, ExchangeStatus to, string? note, ValidationErrors errors)
    {
        if (to == ExchangeStatus.Cancelled)
        {
            errors.AddIf(string.IsNullOrWhiteSpace(note), "note", "Say why the exchange is cancelled.");
        }

        if (to != ExchangeStatus.Confirmed)
        {
            return;
        }

        errors.AddIf(exchange.ParticipantCount == 0, "participants", "An exchange is confirmed with its participants.");
        if (exchange.IsGroup)
        {
            errors.AddIf(exchange.GroupIncludesMinors && !exchange.GroupParentalConsentsRecorded, "parentalConsent",
                "The group includes minors: record their parents' consent before confirming.");
            return;
        }

        foreach (var minor in exchange.Participants.Where(p => p.IsMinor && !p.ParentalConsent))
        {
            errors.Add($"participants[{minor.Id}].parentalConsent", "This participant is a minor: record parental consent before confirming.");
        }
    }
}
