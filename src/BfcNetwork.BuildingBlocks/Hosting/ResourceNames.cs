namespace BfcNetwork.BuildingBlocks.Hosting;

/// <summary>
/// The names that tie every way of running BfcNetwork together: Aspire resource names, the
/// connection-string and service-discovery keys they turn into, and the local run script's
/// variables. Services, gateway and tests read them from here; keep run.sh in step.
/// </summary>
public static class ResourceNames
{
    public const string Messaging = "messaging";

    public const string SolidarityDatabase = "solidaritydb";
    public const string CrossBorderDatabase = "crossborderdb";
    public const string InvestmentDatabase = "investmentdb";
    public const string MobilityDatabase = "mobilitydb";

    public const string Solidarity = "solidarity";
    public const string CrossBorder = "crossborder";
    public const string Investment = "investment";
    public const string Mobility = "mobility";
    public const string Gateway = "gateway";

    /// <summary>The configuration key Aspire sets for a referenced project's first HTTP endpoint.</summary>
    public static string HttpEndpointKey(string service) => $"services:{service}:http:0";
}
