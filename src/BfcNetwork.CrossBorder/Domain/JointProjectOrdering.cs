namespace BfcNetwork.CrossBorder.Domain;

public static class JointProjectOrdering
{
    /// <summary>
    /// The one order partners are listed in, so error paths like <c>partners[1]</c> match the API's
    /// list: French side first, each side's lead first, then by short name (unique in a project).
    /// </summary>
    public static IReadOnlyList<CrossBorderPartner> OrderedPartners(this JointProject project) =>
        [.. project.Partners.OrderBy(p => p.Side).ThenBy(p => p.Role).ThenBy(p => p.ShortName, StringComparer.OrdinalIgnoreCase)];
}
