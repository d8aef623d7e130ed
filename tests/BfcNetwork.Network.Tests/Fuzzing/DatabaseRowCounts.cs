using Npgsql;

namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>The exact row count of every table of a database (<c>count(*)</c>, not the planner's estimate).</summary>
public static class DatabaseRowCounts
{
    public static async Task<IReadOnlyDictionary<string, long>> CountAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)
            FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
            ORDER BY 1
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // The names come from the catalogue, quoted by quote_ident.
#pragma warning disable CA2100
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
#pragma warning restore CA2100
            counts[table] = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        return counts;
    }

    /// <summary>Tables whose count differs, as <c>table: before → after</c>.</summary>
    public static IEnumerable<string> Differences(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        before.Keys.Union(after.Keys)
            .Where(table => before.GetValueOrDefault(table, -1) != after.GetValueOrDefault(table, -1))
            .Select(table => $"{table}: {before.GetValueOrDefault(table, -1)} → {after.GetValueOrDefault(table, -1)}");
}
