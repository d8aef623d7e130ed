using BfcNetwork.BuildingBlocks.Hosting;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace BfcNetwork.BuildingBlocks.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// Adds MassTransit on RabbitMQ from <c>ConnectionStrings:messaging</c>: durable kebab-case
    /// endpoints, exponential retry, then the <c>_error</c> queue. The bus connects in the
    /// background, so a service starts (and its outbox keeps events) while the broker is down.
    /// </summary>
    public static IHostApplicationBuilder AddRabbitMqMessaging(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.Messaging)
            ?? throw new InvalidOperationException(
                $"Missing connection string '{ResourceNames.Messaging}' (ConnectionStrings__{ResourceNames.Messaging}).");
        var broker = AmqpConnectionString.Parse(connectionString);
        var options = builder.Configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>() ?? new MessagingOptions();

        builder.Services.AddSingleton(new RabbitMqHealthCheck(broker));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            "rabbitmq",
            services => services.GetRequiredService<RabbitMqHealthCheck>(),
            HealthStatus.Unhealthy,
            tags: null,
            timeout: TimeSpan.FromSeconds(5)));

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.EndpointPrefix, includeNamespace: false));
            configureConsumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((context, _, endpoint) => endpoint.ReportDeadLetters(context));

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                    if (broker.UseTls)
                    {
                        host.UseSsl(ssl => ssl.ServerName = broker.Host);
                    }
                });
                rabbit.UseMessageRetry(retry => retry.Exponential(
                    options.RetryLimit,
                    options.RetryMinInterval,
                    options.RetryMaxInterval,
                    options.RetryMinInterval));
                rabbit.ConfigureEndpoints(context);
            });
        });

        return builder;
    }
}
