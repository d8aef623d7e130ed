using System.Net;
using BfcNetwork.Investment.Tests.Support;
using BfcNetwork.Testing;

namespace BfcNetwork.Investment.Tests.Api;

public sealed class ServiceEndpointsTests(InvestmentApiFixture fixture) : IClassFixture<InvestmentApiFixture>
{
    private readonly InvestmentApi _api = fixture.Api;

    [Fact]
    public async Task The_OpenAPI_document_describes_the_investment_endpoints()
    {
        var document = await _api.Anonymous().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/investment/leads/{id}/stage", document);
        Assert.Contains("/api/investment/shared-leads/{id}/site-proposals", document);
        Assert.Contains("/api/investment/kpis", document);
    }

    [Fact]
    public async Task Health_and_liveness_answer_without_a_token()
    {
        // Healthy once the bus has connected to RabbitMQ, shortly after start-up.
        await Eventually.Until(() => _api.Anonymous().GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "healthy");
        await Expect.StatusAsync(await _api.Anonymous().GetAsync("/alive"), HttpStatusCode.OK);
    }
}
