using BfcNetwork.BuildingBlocks.Auth;

namespace BfcNetwork.Network.Tests.Authorization;

/// <summary>
/// One organisation of the network under test, under a random id: the association, EPCI, school
/// and Interreg partner it is for each role. CrossBorder keeps one organisation id per partner
/// record and refuses the same id on both sides of a project, so its French and Swiss partner
/// records carry a side suffix.
/// </summary>
public sealed record Organisation(string Label, string Id)
{
    public static Organisation Random(string label) => new(label, $"{label.ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..12]}");

    /// <summary>The <c>org</c> claim a user of this organisation carries in <paramref name="role"/>.</summary>
    public string ClaimFor(string role) => role switch
    {
        Roles.SwissPartner => $"{Id}-ch",
        Roles.FrenchPartner => $"{Id}-fr",
        _ => Id,
    };
}
