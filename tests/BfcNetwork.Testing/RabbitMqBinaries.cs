namespace BfcNetwork.Testing;

/// <summary>
/// Locates the real RabbitMQ launch scripts. Debian's /usr/sbin/rabbitmq-server is a wrapper that switches to the
/// rabbitmq user and its fixed folders, so the scripts next to the real rabbitmqctl are used instead.
/// </summary>
internal sealed record RabbitMqBinaries(string Server, string Ctl)
{
    private const string DebianBin = "/usr/lib/rabbitmq/bin";

    public static RabbitMqBinaries Locate()
    {
        string debianServer = Path.Combine(DebianBin, "rabbitmq-server");
        string debianCtl = Path.Combine(DebianBin, "rabbitmqctl");
        if (File.Exists(debianServer) && File.Exists(debianCtl))
        {
            return new RabbitMqBinaries(debianServer, debianCtl);
        }

        string? ctlOnPath = ExecutableLocator.FindOnPath("rabbitmqctl");
        if (ctlOnPath is not null)
        {
            string ctl = ExecutableLocator.ResolveLinks(ctlOnPath);
            string server = Path.Combine(Path.GetDirectoryName(ctl) ?? string.Empty, "rabbitmq-server");
            if (File.Exists(server))
            {
                return new RabbitMqBinaries(server, ctl);
            }
        }

        throw new InvalidOperationException(
            $"RabbitMQ not found: install rabbitmq-server (Debian: {DebianBin}) or put rabbitmqctl, with rabbitmq-server beside it, on PATH.");
    }
}
