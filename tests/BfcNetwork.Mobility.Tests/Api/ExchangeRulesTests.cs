using System.Net;
using System.Net.Http.Json;
using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Mobility.Tests.Api;

/// <summary>The programme rules of the default MobilityRules section, each answered with a field-level problem.</summary>
public sealed class ExchangeRulesTests(MobilityApiFixture fixture) : IClassFixture<MobilityApiFixture>
{
    private readonly MobilityApi _api = fixture.Api;

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(21, true)]
    [InlineData(22, false)]
    public async Task A_youth_exchange_lasts_5_to_21_days(int days, bool accepted) =>
        await ExpectOutcomeAsync(ExchangeRequests.YouthExchange(days), accepted, "endDate");

    [Theory]
    [InlineData(12, false)]
    [InlineData(13, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public async Task Youth_exchange_participants_are_13_to_30_years_old(int age, bool accepted)
    {
        var coordinator = _api.Coordinator(ExchangeRequests.Unique("mjc-dijon"));
        var exchange = await _api.CreateExchangeAsync(coordinator, ExchangeRequests.YouthExchange());

        var response = await coordinator.PostAsJsonAsync($"{MobilityApi.ExchangesPath}/{exchange.Id}/participants",
            ExchangeRequests.AgedOnStart(age, parentalConsent: true), TestJson.Options);

        await ExpectOutcomeAsync(response, accepted, "birthDate");
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(29, true)]
    [InlineData(30, true)]
    [InlineData(365, true)]
    [InlineData(366, false)]
    public async Task An_individual_pupil_stay_is_short_10_to_29_days_or_long_30_to_365(int days, bool accepted) =>
        await ExpectOutcomeAsync(ExchangeRequests.PupilStay(days), accepted, "endDate");

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public async Task A_group_stay_of_pupils_lasts_2_to_30_days(int days, bool accepted) =>
        await ExpectOutcomeAsync(ExchangeRequests.PupilGroup(days), accepted, "endDate");

    [Fact]
    public async Task A_group_stay_takes_at_least_two_pupils_and_an_accompanying_adult()
    {
        var response = await Create(ExchangeRequests.PupilGroup(pupils: 1, fewerOpportunities: 0, adults: 0));

        var errors = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("group.counts", errors.Keys);
        Assert.Contains("group.accompanyingAdults", errors.Keys);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public async Task A_civic_service_mission_lasts_6_to_12_months(int months, bool accepted) =>
        await ExpectOutcomeAsync(ExchangeRequests.CivicService(months), accepted, "endDate");

    [Theory]
    [InlineData(15, false, false)]
    [InlineData(16, false, true)]
    [InlineData(25, false, true)]
    [InlineData(26, false, false)]
    [InlineData(26, true, true)]
    [InlineData(30, true, true)]
    [InlineData(31, true, false)]
    public async Task Civic_service_volunteers_are_16_to_25_or_up_to_30_with_a_disability(int age, bool disability, bool accepted)
    {
        var coordinator = _api.Coordinator(ExchangeRequests.Unique("lycee-chalon"));
        var exchange = await _api.CreateExchangeAsync(coordinator, ExchangeRequests.CivicService());

        var response = await coordinator.PostAsJsonAsync($"{MobilityApi.ExchangesPath}/{exchange.Id}/participants",
            ExchangeRequests.AgedOnStart(age, parentalConsent: true, hasDisability: disability), TestJson.Options);

        await ExpectOutcomeAsync(response, accepted, "birthDate");
    }

    [Fact]
    public async Task A_minor_needs_recorded_parental_consent_before_the_exchange_is_confirmed()
    {
        var coordinator = _api.Coordinator(ExchangeRequests.Unique("cfa-besancon"));
        var exchange = await _api.CreateExchangeAsync(coordinator);
        var minor = await _api.AddParticipantAsync(coordinator, exchange.Id, ExchangeRequests.AgedOnStart(17));
        await _api.AddParticipantAsync(coordinator, exchange.Id, ExchangeRequests.AgedOnStart(19));
        await _api.AdvanceAsync(coordinator, exchange.Id, ExchangeStatus.Planned);

        var refused = await _api.TransitionAsync(coordinator, exchange.Id, ExchangeStatus.Confirmed);

        var errors = await Expect.ProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.Equal([$"participants[{minor.Id}].parentalConsent"], errors.Keys);
        Assert.Equal(ExchangeStatus.Planned, (await _api.GetExchangeAsync(coordinator, exchange.Id)).Status);

        var consent = await coordinator.PutAsJsonAsync($"/api/mobility/participants/{minor.Id}/consents", new ConsentRequest(true), TestJson.Options);
        await Expect.StatusAsync(consent, HttpStatusCode.OK);
        var confirmed = await _api.AdvanceAsync(coordinator, exchange.Id, ExchangeStatus.Confirmed);
        Assert.Equal(ExchangeStatus.Confirmed, confirmed.Status);
    }

    [Fact]
    public async Task A_group_with_minors_is_confirmed_only_once_their_parents_consents_are_recorded()
    {
        var coordinator = _api.Coordinator(ExchangeRequests.Unique("college-hugo"));
        var exchange = await _api.CreateExchangeAsync(coordinator, ExchangeRequests.PupilGroup());
        await _api.AdvanceAsync(coordinator, exchange.Id, ExchangeStatus.Planned);

        var errors = await Expect.ProblemAsync(await _api.TransitionAsync(coordinator, exchange.Id, ExchangeStatus.Confirmed), HttpStatusCode.BadRequest);
        Assert.Equal(["parentalConsent"], errors.Keys);

        await Expect.StatusAsync(await coordinator.PostAsync($"{MobilityApi.ExchangesPath}/{exchange.Id}/parental-consents", null), HttpStatusCode.OK);
        Assert.Equal(ExchangeStatus.Confirmed, (await _api.AdvanceAsync(coordinator, exchange.Id, ExchangeStatus.Confirmed)).Status);
    }

    [Fact]
    public async Task Missing_and_malformed_fields_are_all_reported_at_once()
    {
        var response = await Create(ExchangeRequests.ApprenticesToSpain() with
        {
            Title = " ",
            Programme = null,
            Sending = new PlaceModel("CFA", "France", ""),
            GrantEur = -1m,
        });

        var errors = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            new[] { "grantEur", "programme", "sending.city", "sending.country", "title" },
            errors.Keys.Order(StringComparer.Ordinal));
    }

    private Task<HttpResponseMessage> Create(ExchangeRequest request) =>
        _api.Coordinator(ExchangeRequests.Unique("school")).PostAsJsonAsync(MobilityApi.ExchangesPath, request, TestJson.Options);

    private async Task ExpectOutcomeAsync(ExchangeRequest request, bool accepted, string field) =>
        await ExpectOutcomeAsync(await Create(request), accepted, field);

    private static async Task ExpectOutcomeAsync(HttpResponseMessage response, bool accepted, string field)
    {
        if (accepted)
        {
            await Expect.StatusAsync(response, HttpStatusCode.Created);
            return;
        }

        var errors = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([field], errors.Keys);
    }
}
