namespace BfcNetwork.BuildingBlocks.Http;

public enum IfMatchOutcome
{
    /// <summary>No <c>If-Match</c> header: answer 428 where a version is required.</summary>
    Missing,
    Matches,
    /// <summary>The client edited an older version: answer 412.</summary>
    Stale,
}
