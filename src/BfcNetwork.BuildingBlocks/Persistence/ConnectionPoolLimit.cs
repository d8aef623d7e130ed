using System.Data.Common;

namespace BfcNetwork.BuildingBlocks.Persistence;

/// <summary>
/// Caps a service's connection pool unless its connection string sets one. All four databases may
/// live on one PostgreSQL server (Aspire's and run.sh's layout), whose default is 100 connections,
/// while Npgsql's default pool is 100 per service: under load on several services the server then
/// refuses connections (53300) and requests fail with 503. Twenty per service leaves room for
/// the migration tools and an operator's psql; a bigger server says so in the connection string.
/// </summary>
public static class ConnectionPoolLimit
{
    public const int DefaultMaxPoolSize = 20;

    private static readonly string[] s_poolSizeKeywords = ["Maximum Pool Size", "MaxPoolSize"];

    public static string WithDefaultMaxPoolSize(string connectionString, int maxPoolSize = DefaultMaxPoolSize)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (s_poolSizeKeywords.Any(builder.ContainsKey))
        {
            return connectionString;
        }

        builder["Maximum Pool Size"] = maxPoolSize;
        return builder.ConnectionString;
    }
}
