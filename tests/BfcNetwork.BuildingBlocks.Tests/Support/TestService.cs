using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Messaging;
using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BfcNetwork.BuildingBlocks.Tests.Support;

/// <summary>
/// A minimal worker service wired exactly as a real one (generic host, <c>AddServiceDatabase</c>,
/// <c>AddRabbitMqMessaging</c>) on its own fresh database and the shared RabbitMQ node.
/// </summary>
public sealed class TestService : IAsyncDisposable
{
    public const string DatabaseName = "testdb";

    private TestService(IHost host, string databaseConnectionString)
    {
        Host = host;
        DatabaseConnectionString = databaseConnectionString;
    }

    public IHost Host { get; }

    public string DatabaseConnectionString { get; }

    public IBus Bus => Host.Services.GetRequiredService<IBus>();

    public static async Task<TestService> StartAsync(
        TestServers servers,
        string name,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IBusRegistrationConfigurator>? configureConsumers = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var databaseConnectionString = servers.NewDatabaseConnectionString(name);
        var configuration = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DatabaseName}"] = databaseConnectionString,
            [$"ConnectionStrings:{ResourceNames.Messaging}"] = servers.RabbitMqConnectionString,
            ["Outbox:PollingInterval"] = "00:00:01",
            ["Outbox:MaxRetryDelay"] = "00:00:02",
            ["Outbox:PublishTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        // Development turns on the container's scope and build-time validation.
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            EnvironmentName = Environments.Development,
            ApplicationName = typeof(TestService).Assembly.GetName().Name,
        });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.AddServiceDatabase<TestDbContext>(DatabaseName);
        builder.AddRabbitMqMessaging(configureConsumers);
        // Tests publish as soon as StartAsync returns, so it must return with the endpoints bound.
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(30);
            options.StopTimeout = TimeSpan.FromSeconds(10);
        });
        configureServices?.Invoke(builder.Services);

        var host = builder.Build();
        try
        {
            // Test scaffolding, not a service: a service applies committed migrations, but this
            // throwaway model has none, so EnsureCreated makes the database and its tables.
            await using (var scope = host.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
            }

            using var startLimit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await host.StartAsync(startLimit.Token);
            return new TestService(host, databaseConnectionString);
        }
        catch
        {
            await DisposeHostAsync(host);
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> with a context of the service's own (outbox interceptor included).</summary>
    public async Task<T> WithDbAsync<T>(Func<TestDbContext, Task<T>> work)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task WithDbAsync(Func<TestDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    public async ValueTask DisposeAsync() => await DisposeHostAsync(Host);

    private static async Task DisposeHostAsync(IHost host)
    {
        using var stopLimit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await host.StopAsync(stopLimit.Token);
        }
        finally
        {
            if (host is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else
            {
                host.Dispose();
            }
        }
    }
}
