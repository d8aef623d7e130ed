using BfcNetwork.Network.Tests.Authorization.Resources;

namespace BfcNetwork.Network.Tests.Authorization;

/// <summary>
/// Organisations A and B of one network, each registered where a service needs it (a coordinator
/// drafts projects only for a registered association), and the builders of their resources.
/// </summary>
public sealed class TwoOrganisations
{
    private TwoOrganisations(NetworkUsers users, Organisation a, Organisation b)
    {
        A = a;
        B = b;
        Solidarity = new SolidarityResources(users);
        CrossBorder = new CrossBorderResources(users);
        Investment = new InvestmentResources(users);
        Mobility = new MobilityResources(users);
    }

    /// <summary>The organisation that owns every resource a request addresses.</summary>
    public Organisation A { get; }

    /// <summary>Another organisation, whose users must neither reach nor learn anything of A's.</summary>
    public Organisation B { get; }

    public SolidarityResources Solidarity { get; }

    public CrossBorderResources CrossBorder { get; }

    public InvestmentResources Investment { get; }

    public MobilityResources Mobility { get; }

    public IReadOnlyList<Principal> Principals => Principal.All(A, B);

    public static async Task<TwoOrganisations> CreateAsync(NetworkUsers users, Organisation? a = null, string? associationNameOfA = null)
    {
        var organisations = new TwoOrganisations(users, a ?? Organisation.Random("A"), Organisation.Random("B"));
        await organisations.Solidarity.RegisterAsync(organisations.A, associationNameOfA);
        await organisations.Solidarity.RegisterAsync(organisations.B);
        return organisations;
    }
}
