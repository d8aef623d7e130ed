using BfcNetwork.BuildingBlocks.Messaging;

namespace BfcNetwork.BuildingBlocks.Tests.Unit;

public sealed class AmqpConnectionStringTests
{
    [Fact]
    public void Aspire_s_form_without_a_virtual_host_means_the_default_one()
    {
        var broker = AmqpConnectionString.Parse("amqp://guest:secret@localhost:5673");

        Assert.Equal(new AmqpConnectionString("localhost", 5673, "/", "guest", "secret"), broker);
    }

    [Theory]
    [InlineData("amqp://guest:secret@localhost:5672/")]
    [InlineData("amqp://guest:secret@localhost:5672/%2F")]
    public void An_empty_or_encoded_slash_path_is_the_default_virtual_host(string connectionString)
    {
        Assert.Equal("/", AmqpConnectionString.Parse(connectionString).VirtualHost);
    }

    [Fact]
    public void The_path_names_the_virtual_host()
    {
        var broker = AmqpConnectionString.Parse("amqp://bfc:secret@rabbit.internal:5672/bfcnetwork");

        Assert.Equal(("rabbit.internal", (ushort)5672, "bfcnetwork"), (broker.Host, broker.Port, broker.VirtualHost));
    }

    [Fact]
    public void An_escaped_password_is_unescaped_even_when_it_holds_a_colon_or_an_at_sign()
    {
        var broker = AmqpConnectionString.Parse("amqp://bfc%20user:p%40ss%3Aw%2Frd@localhost:5672");

        Assert.Equal(("bfc user", "p@ss:w/rd"), (broker.Username, broker.Password));
    }

    [Theory]
    [InlineData("amqp://localhost", 5672)]
    [InlineData("amqps://localhost", 5671)]
    [InlineData("amqps://localhost:5999", 5999)]
    public void Without_a_port_the_scheme_s_default_port_is_used(string connectionString, int port)
    {
        Assert.Equal(port, AmqpConnectionString.Parse(connectionString).Port);
    }

    [Theory]
    [InlineData("amqp://localhost", false)]
    [InlineData("amqps://broker.example:5671", true)]
    public void Only_amqps_asks_for_an_encrypted_connection(string connectionString, bool useTls)
    {
        Assert.Equal(useTls, AmqpConnectionString.Parse(connectionString).UseTls);
    }

    [Fact]
    public void Without_credentials_rabbitmq_s_default_user_is_used()
    {
        var broker = AmqpConnectionString.Parse("amqp://localhost:5672");

        Assert.Equal(("guest", "guest"), (broker.Username, broker.Password));
    }

    [Theory]
    [InlineData("")]
    [InlineData("localhost:5672")]
    [InlineData("not a connection string")]
    [InlineData("http://guest:guest@localhost:5672")]
    [InlineData("host=localhost;port=5672")]
    public void Anything_but_an_amqp_uri_is_refused(string connectionString)
    {
        Assert.Throws<FormatException>(() => AmqpConnectionString.Parse(connectionString));
    }
}
