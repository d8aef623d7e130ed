using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Investment.Apis;
using BfcNetwork.Investment.Extensions;
using BfcNetwork.Investment.Infrastructure;

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
app.MapLeadsApi();
app.MapLeadWorkApi();
app.MapSharedLeadsApi();
app.MapReportsApi();

await app.MigrateDatabaseAsync<InvestmentDbContext>(DemoData.SeedAsync);
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
