using BfcNetwork.BuildingBlocks.Hosting;

namespace BfcNetwork.Gateway.Extensions;

public static class ServiceDestinations
{
    /// <summary>
    /// Gives each YARP cluster the address Aspire (or the run script) publishes for the service of the
    /// same name, <c>services:{cluster}:http:0</c>, so one binary works under both. A cluster whose
    /// destinations are already configured keeps them.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDestinations(this IHostApplicationBuilder builder)
    {
        var destinations = new Dictionary<string, string?>();
        foreach (var cluster in builder.Configuration.GetSection("ReverseProxy:Clusters").GetChildren())
        {
            var address = builder.Configuration[ResourceNames.HttpEndpointKey(cluster.Key)];
            if (address is not null && !cluster.GetSection("Destinations").GetChildren().Any())
            {
                destinations[$"ReverseProxy:Clusters:{cluster.Key}:Destinations:{cluster.Key}:Address"] = address;
            }
        }

        builder.Configuration.AddInMemoryCollection(destinations);
        return builder;
    }
}
