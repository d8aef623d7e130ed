using System.Net.Http.Json;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Outbox;
using BfcNetwork.Mobility.Apis.Models;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Tests.Support;
using BfcNetwork.Testing;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Mobility.Tests.Api;

public sealed class DemoDataTests(TestServers servers)
{
    [Fact]
    public async Task An_empty_database_gets_the_seed_exchanges_through_the_domain_and_the_demo_users_see_their_own()
    {
        await using var api = await MobilityApi.StartAsync(servers.NewDatabaseConnectionString("mobility-demo"), servers.RabbitMqConnectionString,
            $"test-{Guid.NewGuid():N}", seedDemoData: true);

        var all = await api.Officer().GetFromJsonAsync<PagedResponse<ExchangeSummary>>($"{MobilityApi.ExchangesPath}?pageSize=100", TestJson.Options);
        Assert.Equal(
            [("cfa-besancon", ExchangeStatus.Completed), ("lycee-hilaire-de-chardonnet", ExchangeStatus.InProgress), ("lycee-pasteur-besancon", ExchangeStatus.Planned), ("lycee-pasteur-besancon", ExchangeStatus.Confirmed)],
            all!.Items.Select(e => (e.OrganisationId, e.Status)).Order());
        var lycee = await api.Coordinator("lycee-hilaire-de-chardonnet").GetFromJsonAsync<PagedResponse<ExchangeSummary>>(MobilityApi.ExchangesPath, TestJson.Options);
        var volunteer = Assert.Single(lycee!.Items);
        Assert.Equal((MobilityProgramme.TerritoiresVolontaires, ExchangeDirection.Incoming), (volunteer.Programme, volunteer.Direction));
        var detail = await api.GetExchangeAsync(api.As(BfcNetwork.Testing.Hosting.TestTokens.For(Roles.MobilityCoordinator, "lycee-hilaire-de-chardonnet")), volunteer.Id);
        Assert.Equal(("TG", "Chalon-sur-Saône", AgeBand.From18To25), (detail.Sending.Country, detail.Receiving.City, detail.Participants.Single().AgeBand));
        Assert.Equal(1, await api.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }
}
