namespace BfcNetwork.Mobility.Domain;

/// <summary>
/// When the newest event applied for one source record (a joint project) happened. Events of one
/// project travel on several queues and may be redelivered late, so an event older than the mark
/// is stale and changes nothing: a closure or a re-signed contract is never undone by an approval
/// or an earlier contract that overtook it.
/// </summary>
public sealed class SourceWatermark
{
    private SourceWatermark()
    {
    }

    public HostSource Source { get; private set; }

    public string SourceId { get; private set; } = "";

    public DateTimeOffset LatestEventAt { get; private set; }
}
