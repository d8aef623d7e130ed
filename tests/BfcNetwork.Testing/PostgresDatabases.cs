using Npgsql;

namespace BfcNetwork.Testing;

/// <summary>Unique database names and the admin statements that create or drop them, on any server.</summary>
internal static class PostgresDatabases
{
    private const int MaxIdentifierLength = 63;

    public static string NewName(string prefix)
    {
        string suffix = "_" + Guid.NewGuid().ToString("N")[..10];
        char[] cleaned = [.. prefix.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' ? c : '_')];
        string name = new(cleaned);
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            name = "db_" + name;
        }

        int room = MaxIdentifierLength - suffix.Length;
        return (name.Length > room ? name[..room] : name) + suffix;
    }

    public static string ConnectionStringFor(string adminConnectionString, string database)
    {
        return new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database }.ConnectionString;
    }

    public static Task CreateAsync(string adminConnectionString, string database, CancellationToken ct)
    {
        // The name only ever holds [a-z0-9_], so quoting it is enough.
        return ExecuteAsync(adminConnectionString, $"CREATE DATABASE \"{database}\"", ct);
    }

    public static Task DropAsync(string adminConnectionString, string database, CancellationToken ct)
    {
        return ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", ct);
    }

    private static async Task ExecuteAsync(string adminConnectionString, string sql, CancellationToken ct)
    {
        // Unpooled: a pooled admin connection would be dead after a test stops and restarts the server.
        NpgsqlConnectionStringBuilder builder = new(adminConnectionString) { Pooling = false };
        NpgsqlConnection connection = new(builder.ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            NpgsqlCommand command = new(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }
    }
}
