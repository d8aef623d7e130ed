namespace BfcNetwork.CrossBorder.Domain;

public static class JointProjectOrdering
{
    /// <summary>The one order partners are listed in (French side first, then by arrival), so error paths like <c>partners[1]</c> match the API's list.</summary>
    public static IReadOnlyList<CrossBorderPartner> OrderedPartners(this JointProject project) =>
        [.. project.Partners.OrderBy(p => p.Side).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id)];
}
