using BfcNetwork.Contracts;

namespace BfcNetwork.Mobility.Tests.Support;

/// <summary>The other services' events as they would publish them, for feeding Mobility's consumers directly.</summary>
public static class Messages
{
    public static SolidarityProjectApproved SolidarityApproved(Guid projectId, params (string Name, string Country)[] partners) => new(
        projectId, "amadea-franche-comte", "Physalis growers' cooperative", "MG", [2, 8], ["31161"], 25_000m,
        [.. partners.Select(p => new LocalPartnerOrganisation(p.Name, p.Country))], DateTimeOffset.UtcNow);

    public static CrossBorderProjectApproved CrossBorderApproved(Guid projectId, params CrossBorderPartnerOrganisation[] partners) => new(
        projectId, "MOBILARC", "Commuting in the Jura arc", "P2", "RSO2.8", partners, 100_000m, 80_000m, 60_000m, false,
        new DateOnly(2026, 1, 15), DateTimeOffset.UtcNow);

    public static CrossBorderProjectContracted CrossBorderContracted(Guid projectId, int modification, params CrossBorderPartnerOrganisation[] partners) => new(
        projectId, "MOBILARC", "P2", partners, 100_000m, 80_000m, modification, DateTimeOffset.UtcNow);

    public static CrossBorderPartnerOrganisation French(string id) => new(id, $"Organisation {id}", "FR", "25", true);

    public static CrossBorderPartnerOrganisation Swiss(string id) => new(id, $"Organisation {id}", "CH", "JU", true);

    public static InvestorLeadWon LeadWon(Guid leadId, string label, string commune) => new(
        leadId, "ES", "agrifood", "greenfield", "cc-grand-chalon", "Le Grand Chalon", commune, 120, null, true, null, label,
        new DateOnly(2026, 2, 1), DateTimeOffset.UtcNow);
}
