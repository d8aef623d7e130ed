namespace BfcNetwork.BuildingBlocks.Auth;

/// <summary>JWT claim names, kept as issued (inbound claim mapping is off).</summary>
public static class BfcClaimTypes
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>The organisation a scoped user acts for: association, EPCI, Swiss partner or school id.</summary>
    public const string Organisation = "org";
}
