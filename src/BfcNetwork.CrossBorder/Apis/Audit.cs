using BfcNetwork.CrossBorder.Domain;

namespace BfcNetwork.CrossBorder.Apis;

/// <summary>The audit entries the API writes, worded once.</summary>
public static class Audit
{
    public static AuditEntry Decision(JointProject project, ProjectStatus from, ProjectStatus to, string actor, DateTimeOffset at, string? note) =>
        new(project.Id, AuditAction.Decision, actor, at, null,
            $"{ProjectLifecycle.Name(from)} → {ProjectLifecycle.Name(to)}{(string.IsNullOrWhiteSpace(note) ? "" : $": {note.Trim()}")}");

    public static AuditEntry PartnerAdded(JointProject project, CrossBorderPartner partner, string actor, DateTimeOffset at) =>
        new(project.Id, AuditAction.PartnerAdded, actor, at, partner.Id,
            $"{partner.ShortName} ({partner.OrganisationId}, {partner.Side}) added as {(partner.IsLead ? "lead partner" : "partner")}");

    public static AuditEntry PartnerRemoved(JointProject project, CrossBorderPartner partner, string actor, DateTimeOffset at) =>
        new(project.Id, AuditAction.PartnerRemoved, actor, at, partner.Id, $"{partner.ShortName} ({partner.OrganisationId}, {partner.Side}) removed");

    public static AuditEntry LeadChanged(JointProject project, CrossBorderPartner lead, CrossBorderPartner? previous, string actor, DateTimeOffset at) =>
        new(project.Id, AuditAction.LeadPartnerChanged, actor, at, lead.Id,
            $"{lead.ShortName} named lead partner of the {lead.Side} side{(previous is null ? "" : $", replacing {previous.ShortName}")}");

    public static AuditEntry ContactRead(JointProject project, CrossBorderPartner partner, string actor, DateTimeOffset at) =>
        new(project.Id, AuditAction.ContactRead, actor, at, partner.Id, $"Contact data of {partner.ShortName} read");
}
