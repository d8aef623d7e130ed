using BfcNetwork.Investment.Domain;

namespace BfcNetwork.Investment.Apis.Models;

public sealed record ActivityRequest(ActivityKind? Kind, DateOnly? Date, string? Note);

public sealed record ActivityResponse(Guid Id, ActivityKind Kind, DateOnly Date, string Note, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static ActivityResponse From(LeadActivity a) => new(a.Id, a.Kind, a.Date, a.Note, a.RecordedBy, a.RecordedAt);
}

public sealed record TaskRequest(string? Title, string? AssigneeId, DateOnly? DueDate);

/// <summary>Nullable so a body without <c>done</c> is refused rather than read as false (reopening the task).</summary>
public sealed record TaskDoneRequest(bool? Done);

public sealed record TaskResponse(Guid Id, Guid LeadId, string Title, string AssigneeId, DateOnly DueDate, bool Done, bool Overdue)
{
    public static TaskResponse From(LeadTask t, DateOnly today) => new(t.Id, t.LeadId, t.Title, t.AssigneeId, t.DueDate, t.Done, t.IsOverdue(today));
}

public sealed record SiteProposalRequest(string? SiteName, string? Commune, int? SurfaceM2, DateOnly? AvailableFrom, string? Note, string? IntercommunalityName);

public sealed record SiteProposalResponse(
    Guid Id, Guid LeadId, string IntercommunalityId, string IntercommunalityName, string SiteName, string Commune,
    int SurfaceM2, DateOnly AvailableFrom, string? Note, SiteProposalStatus Status, DateTimeOffset ProposedAt)
{
    public static SiteProposalResponse From(SiteProposal p) => new(
        p.Id, p.LeadId, p.IntercommunalityId, p.IntercommunalityName, p.SiteName, p.Commune, p.SurfaceM2, p.AvailableFrom, p.Note, p.Status, p.ProposedAt);
}
