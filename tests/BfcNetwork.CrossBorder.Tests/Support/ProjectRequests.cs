using BfcNetwork.CrossBorder.Apis.Models;
using BfcNetwork.CrossBorder.Domain;

namespace BfcNetwork.CrossBorder.Tests.Support;

/// <summary>
/// Project bodies for tests. Every call makes a new acronym and new organisation ids, so tests
/// sharing a database never see each other's projects.
/// </summary>
public static class ProjectRequests
{
    /// <summary>
    /// A complete, submittable project: a French lead in the Doubs (EUR 100,000: 60 % ERDF) and a
    /// Swiss lead in the canton of Jura (CHF 80,000), plus a Swiss partner in Neuchâtel (CHF 20,000).
    /// </summary>
    public static ProjectRequest Valid(string? call = "IFS-2024-01") => new(
        $"T{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}",
        "Cross-border commuting in the Jura arc",
        "RSO2.8",
        call,
        24,
        "Shared commuter lines between the Haut-Doubs and the Jura.",
        [
            French(Unique("cc-doubs"), "FR-LEAD", PartnerRole.Lead, Eur(100_000m, ("erdf", 60_000m), ("fr-public", 20_000m), ("own-funds", 20_000m))),
            Swiss(Unique("canton-jura"), "CH-LEAD", PartnerRole.Lead, Chf(80_000m, ("npr", 40_000m), ("cantonal", 30_000m), ("own-funds", 10_000m))),
            Swiss(Unique("ne-assoc"), "CH-PARTNER", PartnerRole.Partner, Chf(20_000m, ("own-funds", 20_000m)), territory: "NE"),
        ]);

    public static string Unique(string organisation) => $"{organisation}-{Guid.NewGuid().ToString("N")[..8]}";

    public static PartnerRequest French(string organisationId, string shortName, PartnerRole role, BudgetRequest? budget, string territory = "25") => new(
        organisationId, $"Organisation {organisationId}", shortName, PartnerSide.FR, territory, null, LegalStatus.LocalAuthority, role,
        new ContactModel("Claire Martin", "claire.martin@example.fr", "+33 3 81 00 00 00"), budget);

    public static PartnerRequest Swiss(string organisationId, string shortName, PartnerRole role, BudgetRequest? budget, string territory = "JU") => new(
        organisationId, $"Organisation {organisationId}", shortName, PartnerSide.CH, territory, null, LegalStatus.PublicBody, role,
        new ContactModel("Luc Rossel", "luc.rossel@example.ch", "+41 32 000 00 00"), budget);

    public static BudgetRequest Eur(decimal total, params (string Fund, decimal Amount)[] lines) => Budget("EUR", total, lines);

    public static BudgetRequest Chf(decimal total, params (string Fund, decimal Amount)[] lines) => Budget("CHF", total, lines);

    public static BudgetRequest Budget(string currency, decimal total, params (string Fund, decimal Amount)[] lines) => new(
        new MoneyModel(total, currency), [.. lines.Select(l => new CoFinancingLineModel(l.Fund, new MoneyModel(l.Amount, currency)))]);

    public static PartnerRequest OrganisationOf(this ProjectRequest request, PartnerSide side, PartnerRole role = PartnerRole.Lead) =>
        request.Partners!.First(p => p.Side == side && p.Role == role);
}
