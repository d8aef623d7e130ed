namespace BfcNetwork.Testing.Requests;

/// <summary>
/// Request bodies, as a client sends them, for the projects whose approval other services react to:
/// tests across services build them here rather than referencing each service's request types.
/// </summary>
public static class ProjectBodies
{
    /// <summary>A submittable solidarity project (10,000 EUR asked on 20,000 EUR costs) with one local partner in Madagascar.</summary>
    public static object SolidarityProject(string title, string localPartner)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new
        {
            title,
            summary = "Solar dryers so the cooperative can sell dried physalis out of season.",
            beneficiaryCountry = "MG",
            localPartners = new[] { new { name = localPartner, country = "MG", agreementSigned = true } },
            sdgs = new[] { 2, 7 },
            dacSectors = new[] { "31194" },
            startDate = today.AddMonths(3),
            endDate = today.AddMonths(15),
            hasAwarenessAction = false,
            involvesInternationalVolunteers = false,
            budget = new
            {
                eligibleCosts = 20_000m,
                ownFunds = 2_000m,
                requestedGrant = 10_000m,
                coFunders = new[] { new { name = "Fondation de France", amount = 8_000m, status = "committed" } },
            },
        };
    }

    /// <summary>
    /// A submittable joint Interreg project: a French lead in the Doubs, a Swiss lead in the Jura and
    /// a Swiss partner in Neuchâtel, with these organisation ids (each named <c>Organisation {id}</c>).
    /// </summary>
    public static object CrossBorderProject(string frenchLead, string swissLead, string swissPartner) => new
    {
        acronym = $"T{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}",
        title = "Cross-border commuting in the Jura arc",
        specificObjective = "RSO2.8",
        callId = "IFS-2024-01",
        durationMonths = 24,
        description = "Shared commuter lines between the Haut-Doubs and the Jura.",
        partners = new object[]
        {
            Partner(frenchLead, "FR-LEAD", "FR", "25", "local-authority", "lead", Budget("EUR", 100_000m, ("erdf", 60_000m), ("fr-public", 20_000m), ("own-funds", 20_000m))),
            Partner(swissLead, "CH-LEAD", "CH", "JU", "public-body", "lead", Budget("CHF", 80_000m, ("npr", 40_000m), ("cantonal", 30_000m), ("own-funds", 10_000m))),
            Partner(swissPartner, "CH-PARTNER", "CH", "NE", "public-body", "partner", Budget("CHF", 20_000m, ("own-funds", 20_000m))),
        },
    };

    /// <summary>A joint project's partner (organisation named <c>Organisation {id}</c>), with a contact and an optional budget.</summary>
    public static object Partner(string id, string shortName, string side, string territory, string legalStatus, string role, object? budget) => new
    {
        organisationId = id,
        organisationName = $"Organisation {id}",
        shortName,
        side,
        territory,
        legalStatus,
        role,
        contact = Contact(),
        budget,
    };

    /// <summary>A partner budget: its total eligible cost and co-financing lines, all in one currency.</summary>
    public static object Budget(string currency, decimal total, params (string Fund, decimal Amount)[] lines) => new
    {
        totalEligibleCost = new { amount = total, currency },
        coFinancing = lines.Select(l => new { fund = l.Fund, amount = new { amount = l.Amount, currency } }).ToArray(),
    };

    public static object Contact() => new { name = "Claire Martin", email = "claire.martin@example.org", phone = "+33 3 81 00 00 00" };
}
