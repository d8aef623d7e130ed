namespace BfcNetwork.Mobility.Domain;

/// <summary>The service whose event made a host known.</summary>
public enum HostSource
{
    Solidarity,
    CrossBorder,
    Investment,
}
