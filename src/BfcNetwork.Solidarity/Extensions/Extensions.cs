using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Messaging;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Solidarity.Apis;
using BfcNetwork.Solidarity.Domain;
using BfcNetwork.Solidarity.Infrastructure;

namespace BfcNetwork.Solidarity.Extensions;

public static class Extensions
{
    /// <summary>Everything the Solidarity service registers, in the order a request meets it.</summary>
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddProblemDetailsResponses();
        builder.AddRequestBodyLimit();
        builder.AddJsonConventions();
        builder.AddJwtAuthentication();
        builder.Services.AddAuthorizationBuilder().AddSolidarityPolicies();

        builder.AddServiceDatabase<SolidarityDbContext>(ResourceNames.SolidarityDatabase);
        builder.AddRabbitMqMessaging();

        builder.Services.Configure<GrantRules>(builder.Configuration.GetSection(GrantRules.SectionName));
        builder.Services.AddOpenApi();
        return builder;
    }
}
