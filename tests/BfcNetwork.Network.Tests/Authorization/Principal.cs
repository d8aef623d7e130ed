using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.Testing.Hosting;

namespace BfcNetwork.Network.Tests.Authorization;

/// <summary>
/// A kind of caller, named as in the <see cref="AccessTable"/>: <c>anonymous</c>, a role acting for
/// organisation A or B (<c>coordinator@A</c>), or a role that works without an organisation
/// (<c>regional-officer</c>).
/// </summary>
public sealed record Principal(string Name, string? Role, Organisation? Organisation)
{
    public const string Anonymous = "anonymous";

    /// <summary>The roles that act for an organisation (their <c>org</c> claim scopes what they reach).</summary>
    public static readonly IReadOnlyList<string> ScopedRoles =
        [Roles.Coordinator, Roles.IntercoOfficer, Roles.SwissPartner, Roles.FrenchPartner, Roles.MobilityCoordinator];

    /// <summary>The roles that work for the Region or the agency as a whole, without an <c>org</c> claim.</summary>
    public static readonly IReadOnlyList<string> UnscopedRoles = [Roles.RegionalOfficer, Roles.InvestmentOfficer, Roles.InvestmentSenior];

    public bool IsAnonymous => Role is null && Organisation is null;

    /// <summary>
    /// Every principal of the sweep: anonymous, each scoped role with organisation A and with
    /// organisation B, each unscoped role. A test that adds a role to <see cref="Roles.All"/> fails
    /// here until the role is placed in one of the two lists.
    /// </summary>
    public static IReadOnlyList<Principal> All(Organisation a, Organisation b)
    {
        var unplaced = Roles.All.Except(ScopedRoles).Except(UnscopedRoles).ToList();
        if (unplaced.Count > 0)
        {
            throw new InvalidOperationException($"Place the roles {string.Join(", ", unplaced)} in Principal.ScopedRoles or UnscopedRoles.");
        }

        return
        [
            new(Anonymous, null, null),
            .. ScopedRoles.SelectMany(role => new[] { Of(role, a), Of(role, b) }),
            .. UnscopedRoles.Select(Unscoped),
        ];
    }

    public static Principal Of(string role, Organisation organisation) => new($"{role}@{organisation.Label}", role, organisation);

    /// <summary>A user in a role that works without an organisation.</summary>
    public static Principal Unscoped(string role) => new(role, role, null);

    /// <summary>The bearer token, null for anonymous. The subject is stable per principal, so "the owner" is the same user every time.</summary>
    public string? Token() => (Role, Organisation) switch
    {
        (null, null) => null,
        (null, { } organisation) => DevelopmentTokens.Create(TestTokens.Settings, Name, [], organisation.Id),
        ({ } role, var organisation) => TestTokens.For(role, organisation?.ClaimFor(role), Name),
    };

    public override string ToString() => Name;
}
