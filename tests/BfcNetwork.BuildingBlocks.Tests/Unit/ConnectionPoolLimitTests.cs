using BfcNetwork.BuildingBlocks.Persistence;
using Npgsql;

namespace BfcNetwork.BuildingBlocks.Tests.Unit;

public sealed class ConnectionPoolLimitTests
{
    private const string AspireStyle = "Host=localhost;Port=5432;Username=postgres;Password=secret;Database=solidaritydb";

    [Fact]
    public void A_connection_string_without_a_pool_size_gets_the_default_cap_and_keeps_everything_else()
    {
        var capped = new NpgsqlConnectionStringBuilder(ConnectionPoolLimit.WithDefaultMaxPoolSize(AspireStyle));

        Assert.Equal(ConnectionPoolLimit.DefaultMaxPoolSize, capped.MaxPoolSize);
        Assert.Equal("localhost", capped.Host);
        Assert.Equal("solidaritydb", capped.Database);
        Assert.Equal("secret", capped.Password);
    }

    [Theory]
    [InlineData("Maximum Pool Size=60")]
    [InlineData("maximum pool size=60")]
    [InlineData("MaxPoolSize=60")]
    public void A_pool_size_the_operator_set_is_kept(string setting)
    {
        var kept = new NpgsqlConnectionStringBuilder(ConnectionPoolLimit.WithDefaultMaxPoolSize($"{AspireStyle};{setting}"));

        Assert.Equal(60, kept.MaxPoolSize);
    }
}
