namespace BfcNetwork.Mobility.Consumers;

/// <summary>
/// Queue names of Mobility's consumers: <c>{prefix}-{event}</c>, the prefix <c>mobility</c> unless
/// <c>Mobility:EndpointPrefix</c> says otherwise. Prefixed so no other service's consumer of the same
/// event ever shares (and competes on) Mobility's queue; configurable so isolated copies of the
/// service (test hosts on one broker) keep their own queues.
/// </summary>
public static class ConsumerEndpoints
{
    public const string PrefixKey = "Mobility:EndpointPrefix";

    public static string Name(IConfiguration configuration, string eventName) =>
        $"{(configuration[PrefixKey] is { Length: > 0 } prefix ? prefix : "mobility")}-{eventName}";
}
