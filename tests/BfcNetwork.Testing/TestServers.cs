using Npgsql;

using Xunit;

namespace BfcNetwork.Testing;

/// <summary>
/// The PostgreSQL and RabbitMQ servers a test assembly shares, meant as an xunit v3 assembly fixture:
/// <code>[assembly: AssemblyFixture(typeof(TestServers))]</code> and test classes take <see cref="TestServers"/>
/// in their constructor. Set <c>BFC_TEST_POSTGRES</c> (an admin Npgsql connection string) or <c>BFC_TEST_RABBITMQ</c>
/// (an amqp:// URI) to use existing servers instead of throwaway ones. Tests that stop and restart a server
/// start their own private <see cref="PostgresServer"/> or <see cref="RabbitMqServer"/>.
/// </summary>
public sealed class TestServers : IAsyncLifetime
{
    public const string PostgresVariable = "BFC_TEST_POSTGRES";
    public const string RabbitMqVariable = "BFC_TEST_RABBITMQ";

    private readonly List<string> _databases = [];
    private readonly Lock _gate = new();
    private string? _postgresAdminConnectionString;
    private string? _rabbitMqConnectionString;

    /// <summary>The throwaway PostgreSQL server, or null when <c>BFC_TEST_POSTGRES</c> points at an existing one.</summary>
    public PostgresServer? Postgres { get; private set; }

    /// <summary>The throwaway RabbitMQ node, or null when <c>BFC_TEST_RABBITMQ</c> points at an existing one.</summary>
    public RabbitMqServer? RabbitMq { get; private set; }

    public bool OwnsPostgres => Postgres is not null;

    public bool OwnsRabbitMq => RabbitMq is not null;

    /// <summary>True when both servers are throwaway ones started here (so stopping them would harm nobody else).</summary>
    public bool OwnsServers => OwnsPostgres && OwnsRabbitMq;

    public string PostgresAdminConnectionString => _postgresAdminConnectionString ?? throw NotInitialized();

    public string RabbitMqConnectionString => _rabbitMqConnectionString ?? throw NotInitialized();

    public Uri RabbitMqUri => new(RabbitMqConnectionString);

    public async ValueTask InitializeAsync()
    {
        string? externalPostgres = NonEmpty(Environment.GetEnvironmentVariable(PostgresVariable));
        string? externalRabbitMq = NonEmpty(Environment.GetEnvironmentVariable(RabbitMqVariable));
        Task<PostgresServer>? postgres = externalPostgres is null ? PostgresServer.StartAsync() : null;
        Task<RabbitMqServer>? rabbitMq = externalRabbitMq is null ? RabbitMqServer.StartAsync() : null;
        try
        {
            // Both start at once: RabbitMQ's boot dominates, PostgreSQL fits inside it.
            await Task.WhenAll(new Task?[] { postgres, rabbitMq }.OfType<Task>()).ConfigureAwait(false);
        }
        catch
        {
            if (postgres is { IsCompletedSuccessfully: true })
            {
                await postgres.Result.DisposeAsync().ConfigureAwait(false);
            }

            if (rabbitMq is { IsCompletedSuccessfully: true })
            {
                await rabbitMq.Result.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        Postgres = postgres?.Result;
        RabbitMq = rabbitMq?.Result;
        _postgresAdminConnectionString = Postgres?.AdminConnectionString ?? externalPostgres;
        _rabbitMqConnectionString = RabbitMq?.ConnectionString ?? externalRabbitMq;
    }

    /// <summary>Creates a database with a unique name built from <paramref name="prefix"/> and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken ct = default)
    {
        string database = Remember(PostgresDatabases.NewName(prefix));
        await PostgresDatabases.CreateAsync(PostgresAdminConnectionString, database, ct).ConfigureAwait(false);
        return PostgresDatabases.ConnectionStringFor(PostgresAdminConnectionString, database);
    }

    /// <summary>A connection string to a unique database name that does not exist yet (for code that creates it, e.g. EF Core migrations).</summary>
    public string NewDatabaseConnectionString(string prefix)
    {
        return PostgresDatabases.ConnectionStringFor(PostgresAdminConnectionString, Remember(PostgresDatabases.NewName(prefix)));
    }

    public async ValueTask DisposeAsync()
    {
        if (Postgres is null && _postgresAdminConnectionString is not null)
        {
            await DropDatabasesAsync(_postgresAdminConnectionString).ConfigureAwait(false);
        }

        if (Postgres is not null)
        {
            await Postgres.DisposeAsync().ConfigureAwait(false);
        }

        if (RabbitMq is not null)
        {
            await RabbitMq.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>An external server outlives the run, so the databases made for it are dropped; a throwaway one just goes.</summary>
    private async Task DropDatabasesAsync(string adminConnectionString)
    {
        string[] databases;
        lock (_gate)
        {
            databases = [.. _databases];
        }

        NpgsqlConnection.ClearAllPools();
        foreach (string database in databases)
        {
            try
            {
                await PostgresDatabases.DropAsync(adminConnectionString, database, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
            }
        }
    }

    private string Remember(string database)
    {
        lock (_gate)
        {
            _databases.Add(database);
        }

        return database;
    }

    private static string? NonEmpty(string? value)
    {
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static InvalidOperationException NotInitialized()
    {
        return new InvalidOperationException($"{nameof(TestServers)} is not initialised: use it as an xunit fixture or await InitializeAsync first.");
    }
}
