namespace BfcNetwork.CrossBorder.Domain;

/// <summary>A partner organisation of a joint project. Changed only through its <see cref="JointProject"/>.</summary>
public sealed class CrossBorderPartner
{
    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>The organisation id that partner users carry in their <c>org</c> claim.</summary>
    public string OrganisationId { get; private set; } = "";

    public string OrganisationName { get; private set; } = "";

    public string ShortName { get; private set; } = "";

    public PartnerSide Side { get; private set; }

    /// <summary>French département code (25, 39…) or Swiss canton code (JU, NE…).</summary>
    public string Territory { get; private set; } = "";

    public string? OutsideAreaJustification { get; private set; }

    public LegalStatus LegalStatus { get; private set; }

    public PartnerRole Role { get; private set; }

    public PartnerContact? Contact { get; private set; }

    public PartnerBudget? Budget { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsLead => Role == PartnerRole.Lead;

    public string Currency => Currencies.Of(Side);

    private CrossBorderPartner()
    {
    }

    internal CrossBorderPartner(Guid projectId, NewPartner partner, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ProjectId = projectId;
        OrganisationId = partner.OrganisationId;
        Side = partner.Side;
        Role = partner.Role;
        Budget = partner.Budget;
        CreatedAt = now;
        Revise(partner.Details);
    }

    internal void Revise(PartnerDetails details)
    {
        OrganisationName = details.OrganisationName;
        ShortName = details.ShortName;
        Territory = details.Territory;
        OutsideAreaJustification = details.OutsideAreaJustification;
        LegalStatus = details.LegalStatus;
        Contact = details.Contact;
    }

    internal void SetBudget(PartnerBudget budget) =>
        Budget = budget.Currency == Currency
            ? budget
            : throw new InvalidOperationException($"A {Side} partner is budgeted in {Currency}, not {budget.Currency}.");

    internal void MakeLead() => Role = PartnerRole.Lead;

    internal void Demote() => Role = PartnerRole.Partner;
}
