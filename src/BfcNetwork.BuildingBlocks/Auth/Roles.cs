namespace BfcNetwork.BuildingBlocks.Auth;

/// <summary>The roles of the network's users, as they appear in the JWT <c>role</c> claim.</summary>
public static class Roles
{
    public const string Coordinator = "coordinator";
    public const string RegionalOfficer = "regional-officer";
    public const string InvestmentOfficer = "investment-officer";
    public const string InvestmentSenior = "investment-senior";
    public const string IntercoOfficer = "interco-officer";
    public const string SwissPartner = "swiss-partner";

    /// <summary>A French partner organisation of an Interreg France–Suisse project, the counterpart of <see cref="SwissPartner"/>.</summary>
    public const string FrenchPartner = "fr-partner";
    public const string MobilityCoordinator = "mobility-coordinator";

    public static readonly IReadOnlyList<string> All =
        [Coordinator, RegionalOfficer, InvestmentOfficer, InvestmentSenior, IntercoOfficer, SwissPartner, FrenchPartner, MobilityCoordinator];
}
