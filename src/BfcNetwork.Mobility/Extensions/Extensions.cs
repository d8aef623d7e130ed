using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Messaging;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Mobility.Apis;
using BfcNetwork.Mobility.Consumers;
using BfcNetwork.Mobility.Domain;
using BfcNetwork.Mobility.Infrastructure;
using MassTransit;

namespace BfcNetwork.Mobility.Extensions;

public static class Extensions
{
    /// <summary>Everything the Mobility service registers, in the order a request or a message meets it.</summary>
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddProblemDetailsResponses();
        builder.AddRequestBodyLimit();
        builder.AddJsonConventions();
        builder.AddJwtAuthentication();
        builder.Services.AddAuthorizationBuilder().AddMobilityPolicies();

        builder.AddServiceDatabase<MobilityDbContext>(ResourceNames.MobilityDatabase);
        builder.AddRabbitMqMessaging(bus =>
        {
            bus.AddConsumer<SolidarityProjectApprovedConsumer>();
            bus.AddConsumer<CrossBorderProjectApprovedConsumer>();
            bus.AddConsumer<CrossBorderProjectContractedConsumer>();
            bus.AddConsumer<CrossBorderProjectClosedConsumer>();
            bus.AddConsumer<InvestorLeadWonConsumer>();
        });

        builder.Services.AddOptions<MobilityRules>()
            .Bind(builder.Configuration.GetSection(MobilityRules.SectionName))
            .Validate(r => new[] { r.YouthAges, r.YouthDays, r.PupilShortStayDays, r.PupilLongStayDays, r.PupilGroupDays, r.CivicServiceAges, r.CivicServiceMonths }
                .All(b => b.Min > 0 && b.Min <= b.Max), "Every MobilityRules range has 0 < Min ≤ Max.")
            .Validate(r => r.CivicServiceMaxAgeWithDisability >= r.CivicServiceAges.Max, "The civic-service limit with a disability is not below the general one.")
            .ValidateOnStart();
        builder.Services.AddOpenApi();
        return builder;
    }
}
