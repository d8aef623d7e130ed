using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.CrossBorder.Apis;
using BfcNetwork.CrossBorder.Domain.Programme;
using BfcNetwork.CrossBorder.Extensions;
using BfcNetwork.CrossBorder.Infrastructure;
using Microsoft.Extensions.Options;

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
app.MapPartnersApi();
app.MapPublicOperationsApi();

await app.MigrateDatabaseAsync<CrossBorderDbContext>((db, cancellationToken) =>
    DemoData.SeedAsync(db, app.Services.GetRequiredService<IOptions<InterregProgramme>>().Value, cancellationToken));
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
