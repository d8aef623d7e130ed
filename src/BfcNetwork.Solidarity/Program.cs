using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Solidarity.Apis;
using BfcNetwork.Solidarity.Extensions;
using BfcNetwork.Solidarity.Infrastructure;

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
app.MapProjectsApi();
app.MapPublicProjectsApi();
app.MapAssociationsApi();

await app.MigrateDatabaseAsync<SolidarityDbContext>(DemoData.SeedAsync);
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
