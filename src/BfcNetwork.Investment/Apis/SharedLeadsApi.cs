using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.BuildingBlocks.Idempotency;
using BfcNetwork.Investment.Apis.Models;
using BfcNetwork.Investment.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BfcNetwork.Investment.Apis;

/// <summary>
/// Intercommunalities' side of a shared lead: the anonymised view and site proposals; and the
/// owner's (or a senior's) decision on those proposals.
/// </summary>
public static class SharedLeadsApi
{
    public static IEndpointRouteBuilder MapSharedLeadsApi(this IEndpointRouteBuilder app)
    {
        var shared = app.MapGroup("/api/investment/shared-leads").WithTags("Shared leads").RequireAuthorization();
        shared.MapGet("/", ListSharedLeads).RequireAuthorization(InvestmentPolicies.Interco)
            .WithName(nameof(ListSharedLeads)).WithSummary("Leads shared with the caller's intercommunality (anonymised)");
        shared.MapGet("/{id:guid}", GetSharedLead)
            .WithName(nameof(GetSharedLead)).WithSummary("One shared lead, anonymised");
        shared.MapPost("/{id:guid}/site-proposals", ProposeSite)
            .WithName(nameof(ProposeSite)).WithSummary("Propose a site of the caller's intercommunality")
            .WithIdempotencyKey();

        var proposals = app.MapGroup("/api/investment/leads/{id:guid}/site-proposals").WithTags("Shared leads").RequireAuthorization();
        proposals.MapGet("/", ListSiteProposals)
            .WithName(nameof(ListSiteProposals)).WithSummary("Sites intercommunalities proposed for the lead");
        proposals.MapPost("/{proposalId:guid}/accept", AcceptSiteProposal)
            .WithName(nameof(AcceptSiteProposal)).WithSummary("Accept a proposal: it becomes a candidate site (owner or senior)");
        proposals.MapPost("/{proposalId:guid}/decline", DeclineSiteProposal)
            .WithName(nameof(DeclineSiteProposal)).WithSummary("Decline a proposal (owner or senior)");
        return app;
    }

    public static async Task<Results<Ok<PagedResponse<SharedLeadView>>, ValidationProblem>> ListSharedLeads(
        [AsParameters] InvestmentServices services, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.Create(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var result = await services.Db.Leads.AsNoTracking().SharedWith(services.User)
            .OrderByDescending(l => l.UpdatedAt).ThenBy(l => l.Id)
            .ToPagedResponseAsync(paging, l => new SharedLeadView(l.Id, l.AnonymisedDescription, l.Stage, l.Needs, l.CandidateSites), cancellationToken);
        return TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<SharedLeadView>, ProblemHttpResult>> GetSharedLead(
        Guid id, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        var view = await services.Db.Leads.AsNoTracking().SharedWith(services.User).Where(l => l.Id == id)
            .Select(l => new SharedLeadView(l.Id, l.AnonymisedDescription, l.Stage, l.Needs, l.CandidateSites))
            .FirstOrDefaultAsync(cancellationToken);
        return view is null ? Problems.NotFound("lead") : TypedResults.Ok(view);
    }

    public static async Task<Results<Created<SiteProposalResponse>, ValidationProblem, ProblemHttpResult>> ProposeSite(
        Guid id, SiteProposalRequest request, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        var lead = await services.Db.Leads.AsNoTracking().SharedWith(services.User).Where(l => l.Id == id)
            .Select(l => new { l.Id, l.Stage }).FirstOrDefaultAsync(cancellationToken);
        if (lead is null)
        {
            return Problems.NotFound("lead");
        }

        if (lead.Stage is LeadStage.Won or LeadStage.Lost or LeadStage.Abandoned)
        {
            return Problems.Conflict("The lead is closed; it takes no more site proposals.");
        }

        var errors = new ValidationErrors()
            .AddIf(request.SurfaceM2 is null or <= 0, "surfaceM2", "Give the surface in m², a positive whole number.")
            .AddIf(request.AvailableFrom is null, "availableFrom", "Required.");
        LeadRequestValidator.Text(request.SiteName, "siteName", LeadLimits.NameLength, required: true, errors);
        LeadRequestValidator.Text(request.Commune, "commune", LeadLimits.NameLength, required: true, errors);
        LeadRequestValidator.Text(request.Note, "note", LeadLimits.TextLength, required: false, errors);
        LeadRequestValidator.Text(request.IntercommunalityName, "intercommunalityName", LeadLimits.NameLength, required: false, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var epci = services.User.OrganisationId()!;
        var proposal = new SiteProposal(id, epci, request.IntercommunalityName?.Trim() is { Length: > 0 } name ? name : epci,
            request.SiteName!.Trim(), request.Commune!.Trim(), request.SurfaceM2!.Value, request.AvailableFrom!.Value,
            request.Note?.Trim(), services.User.UserId(), services.Clock.GetUtcNow());
        services.Db.SiteProposals.Add(proposal);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/investment/shared-leads/{id}/site-proposals/{proposal.Id}", SiteProposalResponse.From(proposal));
    }

    public static async Task<Results<Ok<IReadOnlyList<SiteProposalResponse>>, ProblemHttpResult>> ListSiteProposals(
        Guid id, [AsParameters] InvestmentServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Leads.VisibleTo(services.User).AnyAsync(l => l.Id == id, cancellationToken))
        {
            return Problems.NotFound("lead");
        }

        var proposals = await services.Db.SiteProposals.AsNoTracking().Where(p => p.LeadId == id)
            .OrderBy(p => p.ProposedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SiteProposalResponse>>([.. proposals.Select(SiteProposalResponse.From)]);
    }

    public static Task<Results<Ok<SiteProposalResponse>, ProblemHttpResult>> AcceptSiteProposal(
        Guid id, Guid proposalId, [AsParameters] InvestmentServices services, CancellationToken cancellationToken) =>
        DecideAsync(id, proposalId, services, cancellationToken, (lead, proposal, now) =>
            lead.AddCandidateSite(proposal.Accept(services.User.UserId(), now), now));

    public static Task<Results<Ok<SiteProposalResponse>, ProblemHttpResult>> DeclineSiteProposal(
        Guid id, Guid proposalId, [AsParameters] InvestmentServices services, CancellationToken cancellationToken) =>
        DecideAsync(id, proposalId, services, cancellationToken, (_, proposal, now) =>
            proposal.Decline(services.User.UserId(), now));

    private static async Task<Results<Ok<SiteProposalResponse>, ProblemHttpResult>> DecideAsync(
        Guid id, Guid proposalId, InvestmentServices services, CancellationToken cancellationToken,
        Action<InvestorLead, SiteProposal, DateTimeOffset> decide)
    {
        var lead = await LeadsApi.FindVisibleAsync(id, services, cancellationToken);
        var proposal = lead is null
            ? null
            : await services.Db.SiteProposals.FirstOrDefaultAsync(p => p.Id == proposalId && p.LeadId == id, cancellationToken);
        if (lead is null || proposal is null)
        {
            return Problems.NotFound("site proposal");
        }

        if (!lead.IsManagedBy(services.User.UserId()) && !services.User.IsInRole(Roles.InvestmentSenior))
        {
            return Problems.Forbidden("Only the lead's account manager or a senior officer decides on site proposals.");
        }

        decide(lead, proposal, services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SiteProposalResponse.From(proposal));
    }
}
