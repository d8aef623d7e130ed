using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Messaging;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.CrossBorder.Apis;
using BfcNetwork.CrossBorder.Domain.Programme;
using BfcNetwork.CrossBorder.Infrastructure;

namespace BfcNetwork.CrossBorder.Extensions;

public static class Extensions
{
    /// <summary>Everything the CrossBorder service registers, in the order a request meets it.</summary>
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddProblemDetailsResponses();
        builder.AddRequestBodyLimit();
        builder.AddJsonConventions();
        builder.AddJwtAuthentication();
        builder.Services.AddAuthorizationBuilder().AddCrossBorderPolicies();

        builder.AddServiceDatabase<CrossBorderDbContext>(ResourceNames.CrossBorderDatabase);
        builder.AddRabbitMqMessaging();

        builder.Services.AddOptions<InterregProgramme>()
            .Bind(builder.Configuration.GetSection(InterregProgramme.SectionName))
            .Validate(p => p.Priorities.Count > 0 && p.Funds.Count > 0 && p.Calls.Count > 0, "The Programme section lists priorities, funds and calls.")
            .Validate(p => p.Calls.All(c => c.MaxErdfRate is null or > 0 and <= InterregProgramme.ProgrammeMaxErdfRate),
                "A call may lower the ERDF rate ceiling, never raise it above 80 %.")
            .Validate(p => p.IndicativeExchangeRate is null || p.IndicativeExchangeRate.ChfPerEur > 0, "The configured EUR/CHF rate is positive.")
            .ValidateOnStart();
        builder.Services.AddOpenApi();
        return builder;
    }
}
