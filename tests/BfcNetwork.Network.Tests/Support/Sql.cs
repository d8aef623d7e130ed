using System.Globalization;
using Npgsql;

namespace BfcNetwork.Network.Tests.Support;

/// <summary>Reads a service's database the way an auditor would, bypassing the service; or breaks it on purpose.</summary>
public static class Sql
{
    public static Task<long> CountAsync(string connectionString, string sql, params object[] parameters) =>
        RunAsync(connectionString, sql, parameters, async command =>
            Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture));

    /// <summary>The first column of every row, as text.</summary>
    public static Task<List<string>> ColumnAsync(string connectionString, string sql, params object[] parameters) =>
        RunAsync(connectionString, sql, parameters, async command =>
        {
            var values = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
            }

            return values;
        });

    /// <summary>Statements without a result, such as the triggers a fault test installs in a service's database.</summary>
    public static Task<int> ExecuteAsync(string connectionString, string sql) =>
        RunAsync(connectionString, sql, [], command => command.ExecuteNonQueryAsync());

    private static async Task<T> RunAsync<T>(string connectionString, string sql, object[] parameters, Func<NpgsqlCommand, Task<T>> run)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await run(command);
    }
}
