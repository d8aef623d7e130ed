using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Mobility.Apis;
using BfcNetwork.Mobility.Extensions;
using BfcNetwork.Mobility.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseProblemDetailsResponses();
app.UseRequestBodyLimit();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapApiReference();
app.MapExchangesApi();
app.MapParticipantsApi();
app.MapHostsApi();
app.MapPublicStatisticsApi();

await app.MigrateDatabaseAsync<MobilityDbContext>(DemoData.SeedAsync);
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
