using RabbitMQ.Client;

namespace BfcNetwork.BuildingBlocks.Messaging;

/// <summary>
/// An Aspire-style RabbitMQ connection string, <c>amqp://user:password@host:port/vhost</c>.
/// Aspire leaves the virtual host out, which means <c>/</c>.
/// </summary>
public sealed record AmqpConnectionString(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    /// <summary><c>amqps://</c>: the connection is encrypted, and the broker's certificate checked against <see cref="Host"/>.</summary>
    public bool UseTls { get; init; }

    /// <summary>A RabbitMQ client connection factory for this broker, for the few places that talk AMQP without MassTransit.</summary>
    public ConnectionFactory ToConnectionFactory(string clientName) => new()
    {
        HostName = Host,
        Port = Port,
        VirtualHost = VirtualHost,
        UserName = Username,
        Password = Password,
        Ssl = new SslOption(Host, enabled: UseTls),
        ClientProvidedName = clientName,
    };

    public static AmqpConnectionString Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new FormatException("The messaging connection string must be an amqp://user:password@host:port/vhost URI.");
        }

        var userInfo = uri.UserInfo.Split(':', 2);
        var username = userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : "guest";
        var password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "guest";
        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var port = uri.IsDefaultPort || uri.Port < 0 ? (ushort)(uri.Scheme == "amqps" ? 5671 : 5672) : (ushort)uri.Port;

        return new AmqpConnectionString(uri.Host, port, path.Length == 0 ? "/" : path, username, password)
        {
            UseTls = uri.Scheme == "amqps",
        };
    }
}
