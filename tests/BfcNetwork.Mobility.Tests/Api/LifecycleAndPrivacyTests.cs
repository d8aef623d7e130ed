using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.Contracts;
using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Tests.Support;
using BfcNetwork.Testing;
using BfcNetwork.Testing.Hosting;
using BfcNetwork.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BfcNetwork.Mobility.Tests.Api;

public sealed class LifecycleAndPrivacyTests(MobilityApiFixture fixture, TestServers servers) : IClassFixture<MobilityApiFixture>
{
    private readonly MobilityApi _api = fixture.Api;

    [Fact]
    public async Task The_lifecycle_records_who_moved_the_exchange_when_and_why()
    {
        var organisation = ExchangeRequests.Unique("cfa-besancon");
        var coordinator = _api.As(TestTokens.For(Roles.MobilityCoordinator, organisation, "claire@cfa"));
        var exchange = await _api.CreateExchangeAsync(coordinator);
        await _api.AddParticipantAsync(coordinator, exchange.Id, ExchangeRequests.AgedOnStart(19));

        var response = await _api.TransitionAsync(coordinator, exchange.Id, ExchangeStatus.Planned, "Host school agreed");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var planned = (await response.Content.ReadFromJsonAsync<ExchangeResponse>(TestJson.Options))!;
        Assert.Equal(ExchangeStatus.Planned, planned.Status);
        Assert.Equal(
            [(null, ExchangeStatus.Draft, "claire@cfa", null), (ExchangeStatus.Draft, ExchangeStatus.Planned, "claire@cfa", "Host school agreed")],
            planned.History.Select(h => (h.From, h.To, h.ChangedBy, h.Note)).ToList());
    }

    [Theory]
    [InlineData(ExchangeStatus.Confirmed)]
    [InlineData(ExchangeStatus.InProgress)]
    [InlineData(ExchangeStatus.Completed)]
    [InlineData(ExchangeStatus.Draft)]
    public async Task A_draft_cannot_skip_steps(ExchangeStatus to)
    {
        var coordinator = _api.Coordinator(ExchangeRequests.Unique("cfa"));
        var exchange = await _api.CreateExchangeAsync(coordinator);

        await Expect.ProblemAsync(await _api.TransitionAsync(coordinator, exchange.Id, to), HttpStatusCode.Conflict);
        Assert.Equal(ExchangeStatus.Draft, (await _api.GetExchangeAsync(coordinator, exchange.Id)).Status);
    }

    [Fact]
    public async Task Completed_and_cancelled_exchanges_are_final_and_a_cancellation_says_why()
    {
        var coordinator = _api.Coordinator(ExchangeRequests.Unique("cfa"));
        var exchange = await _api.CreateExchangeAsync(coordinator);

        var errors = await Expect.ProblemAsync(await _api.TransitionAsync(coordinator, exchange.Id, ExchangeStatus.Cancelled), HttpStatusCode.BadRequest);
        Assert.Equal(["note"], errors.Keys);
        await _api.AdvanceAsync(coordinator, exchange.Id, ExchangeStatus.Cancelled);

        await Expect.ProblemAsync(await _api.TransitionAsync(coordinator, exchange.Id, ExchangeStatus.Planned), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Completing_publishes_aggregates_only_through_the_outbox()
    {
        await using var events = await IntegrationEventQueue.BindAsync(servers.RabbitMqConnectionString, typeof(MobilityExchangeCompleted));
        var coordinator = _api.Coordinator(ExchangeRequests.Unique("cfa"));
        var exchange = await _api.CreateExchangeAsync(coordinator);
        await _api.AddParticipantAsync(coordinator, exchange.Id, ExchangeRequests.AgedOnStart(19, fewerOpportunities: true));
        await _api.AddParticipantAsync(coordinator, exchange.Id, ExchangeRequests.AgedOnStart(17, parentalConsent: true));

        await _api.AdvanceAsync(coordinator, exchange.Id, ExchangeStatus.Planned, ExchangeStatus.Confirmed, ExchangeStatus.InProgress, ExchangeStatus.Completed);

        var completed = await events.WaitForAsync<MobilityExchangeCompleted>(e => e.ExchangeId == exchange.Id, TimeSpan.FromSeconds(30));
        var message = completed.Message;
        Assert.Equal(("erasmus-vet", "outgoing", "FR", "ES", 28, 1, false), (message.Programme, message.Direction, message.SendingCountry, message.ReceivingCountry, message.Days, message.FewerOpportunitiesCount, message.GreenTravel));
        Assert.Equal([new MobilityParticipantCount("apprentice", 2)], message.ParticipantsByCategory);
        // Nothing about a person travels: no participant id, age band or consent anywhere in the event.
        var json = JsonSerializer.Serialize(message);
        var participants = (await _api.GetExchangeAsync(coordinator, exchange.Id)).Participants;
        Assert.All(participants, p => Assert.DoesNotContain(p.Id.ToString(), json, StringComparison.Ordinal));
        Assert.DoesNotContain("ageBand", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("consent", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Erasing_a_participant_removes_the_person_and_keeps_the_anonymous_counts()
    {
        var coordinator = _api.Coordinator(ExchangeRequests.Unique("cfa"));
        var exchange = await _api.CreateExchangeAsync(coordinator);
        var erased = await _api.AddParticipantAsync(coordinator, exchange.Id, ExchangeRequests.AgedOnStart(20, fewerOpportunities: true));
        var kept = await _api.AddParticipantAsync(coordinator, exchange.Id, ExchangeRequests.AgedOnStart(22));

        await Expect.StatusAsync(await coordinator.DeleteAsync($"/api/mobility/participants/{erased.Id}"), HttpStatusCode.NoContent);

        var after = await _api.GetExchangeAsync(coordinator, exchange.Id);
        Assert.Equal([kept.Id], after.Participants.Select(p => p.Id));
        Assert.Equal([new CategoryCountResponse(ParticipantCategory.Apprentice, 2, 1)], after.Counts);
        Assert.False(await _api.WithDbAsync(db => db.Participants.AnyAsync(p => p.Id == erased.Id)));
        await Expect.ProblemAsync(await coordinator.DeleteAsync($"/api/mobility/participants/{erased.Id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_participant_record_keeps_an_age_band_and_never_the_birth_date()
    {
        var coordinator = _api.Coordinator(ExchangeRequests.Unique("cfa"));
        var exchange = await _api.CreateExchangeAsync(coordinator);

        var response = await coordinator.PostAsJsonAsync($"{MobilityApi.ExchangesPath}/{exchange.Id}/participants", ExchangeRequests.AgedOnStart(17, parentalConsent: true), TestJson.Options);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        using (var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()))
        {
            Assert.Equal("16-17", body.RootElement.GetProperty("ageBand").GetString());
            Assert.False(body.RootElement.TryGetProperty("birthDate", out _));
        }

        var participant = (await _api.GetExchangeAsync(coordinator, exchange.Id)).Participants.Single();

        Assert.Equal((AgeBand.From16To17, true, ParticipantCategory.Apprentice), (participant.AgeBand, participant.IsMinor, participant.Category));
        var columns = new List<string>();
        await using (var connection = new NpgsqlConnection(_api.DatabaseConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT column_name FROM information_schema.columns WHERE table_name = 'participants'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        Assert.Equal(
            ["added_at", "age_band", "category", "exchange_id", "fewer_opportunities", "id", "parental_consent"],
            columns.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_group_exchange_stores_counts_and_refuses_named_participants()
    {
        var coordinator = _api.Coordinator(ExchangeRequests.Unique("college"));
        var exchange = await _api.CreateExchangeAsync(coordinator, ExchangeRequests.PupilGroup(pupils: 24, fewerOpportunities: 6));

        Assert.Equal([new CategoryCountResponse(ParticipantCategory.Pupil, 24, 6)], exchange.Counts);
        await Expect.ProblemAsync(
            await coordinator.PostAsJsonAsync($"{MobilityApi.ExchangesPath}/{exchange.Id}/participants", ExchangeRequests.AgedOnStart(14), TestJson.Options),
            HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_exchange_may_only_reference_a_host_of_the_catalogue()
    {
        var coordinator = _api.Coordinator(ExchangeRequests.Unique("cfa"));

        var unknown = await coordinator.PostAsJsonAsync(MobilityApi.ExchangesPath, ExchangeRequests.ApprenticesToSpain(Guid.NewGuid()), TestJson.Options);
        Assert.Equal(["hostId"], (await Expect.ProblemAsync(unknown, HttpStatusCode.BadRequest)).Keys);

        var leadId = Guid.NewGuid();
        await _api.Bus.Publish(Messages.LeadWon(leadId, "Spanish agrifood company", "Chalon-sur-Saône"));
        var host = (await Eventually.Until(() => _api.HostsOfAsync(HostSource.Investment, leadId.ToString()), h => h.Count == 1, TimeSpan.FromSeconds(30), "the host catalogued")).Single();
        var known = await _api.CreateExchangeAsync(coordinator, ExchangeRequests.ApprenticesToSpain(host.Id));
        Assert.Equal(host.Id, known.HostId);
    }

    [Fact]
    public async Task Public_statistics_count_participants_by_category_direction_and_country_with_shares()
    {
        const int year = 2034;
        var coordinator = _api.Coordinator(ExchangeRequests.Unique("college"));
        var start = new DateOnly(year, 4, 6);
        var group = await _api.CreateExchangeAsync(coordinator, ExchangeRequests.PupilGroup(pupils: 20, fewerOpportunities: 5, youngest: 18, oldest: 18) with { StartDate = start, EndDate = start.AddDays(4) });
        var apprentices = await _api.CreateExchangeAsync(coordinator, ExchangeRequests.ApprenticesToSpain() with { StartDate = start, EndDate = start.AddDays(27) });
        await _api.AddParticipantAsync(coordinator, apprentices.Id, new ParticipantRequest(start.AddYears(-20), false, false, false));
        var draft = await _api.CreateExchangeAsync(coordinator, ExchangeRequests.PupilGroup() with { StartDate = start, EndDate = start.AddDays(4) });
        await _api.AdvanceAsync(coordinator, group.Id, ExchangeStatus.Planned, ExchangeStatus.Confirmed);
        await _api.AdvanceAsync(coordinator, apprentices.Id, ExchangeStatus.Planned, ExchangeStatus.Confirmed, ExchangeStatus.InProgress, ExchangeStatus.Completed);

        var response = await _api.Anonymous().GetAsync($"/api/mobility/public/stats?year={year}");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var stats = (await response.Content.ReadFromJsonAsync<PublicStatistics>(TestJson.Options))!;
        Assert.Equal((2, 21), (stats.Exchanges, stats.Participants));
        Assert.Equal(new Dictionary<string, int> { ["apprentice"] = 1, ["pupil"] = 20 }, stats.ByCategory);
        Assert.Equal(new Dictionary<string, int> { ["outgoing"] = 21 }, stats.ByDirection);
        Assert.Equal(new Dictionary<string, int> { ["ES"] = 1, ["IT"] = 20 }, stats.ByCountry);
        Assert.Equal((0.238m, 0.952m), (stats.FewerOpportunitiesShare, stats.GreenTravelShare));
        Assert.NotEqual(ExchangeStatus.Confirmed, draft.Status);
    }
}
