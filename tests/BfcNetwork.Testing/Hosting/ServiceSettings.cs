using BfcNetwork.BuildingBlocks.Hosting;

namespace BfcNetwork.Testing.Hosting;

/// <summary>The configuration every service under test starts with; a test adds or overrides keys.</summary>
public static class ServiceSettings
{
    /// <summary>
    /// The service's own database (<paramref name="databaseName"/>, a <see cref="ResourceNames"/>
    /// constant) migrated at start-up, the broker, and an outbox that retries within seconds so
    /// tests of events and outages stay short.
    /// </summary>
    public static Dictionary<string, string?> For(
        string databaseName, string databaseConnectionString, string messagingConnectionString, bool seedDemoData = false) => new()
        {
            [$"ConnectionStrings:{databaseName}"] = databaseConnectionString,
            [$"ConnectionStrings:{ResourceNames.Messaging}"] = messagingConnectionString,
            ["Database:ApplyMigrations"] = "true",
            ["Database:SeedDemoData"] = seedDemoData ? "true" : "false",
            ["Outbox:PollingInterval"] = "00:00:01",
            ["Outbox:MaxRetryDelay"] = "00:00:02",
            ["Outbox:PublishTimeout"] = "00:00:03",
        };
}
