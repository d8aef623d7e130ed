using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Messaging;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Investment.Apis;
using BfcNetwork.Investment.Infrastructure;

namespace BfcNetwork.Investment.Extensions;

public static class Extensions
{
    /// <summary>Everything the Investment service registers, in the order a request meets it.</summary>
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddProblemDetailsResponses();
        builder.AddRequestBodyLimit();
        builder.AddJsonConventions();
        builder.AddJwtAuthentication();
        builder.Services.AddAuthorizationBuilder().AddInvestmentPolicies();

        builder.AddServiceDatabase<InvestmentDbContext>(ResourceNames.InvestmentDatabase);
        builder.AddRabbitMqMessaging();

        builder.Services.AddOpenApi();
        return builder;
    }
}
