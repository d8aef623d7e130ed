extern alias investment;

using BfcNetwork.Network.Tests.Authorization.Resources;
using investment::BfcNetwork.Investment.Apis.Models;
using investment::BfcNetwork.Investment.Domain;
using static BfcNetwork.Network.Tests.Authorization.Resources.InvestmentResources;

namespace BfcNetwork.Network.Tests.Authorization.Calls;

/// <summary>For each Investment endpoint of the table, a fresh lead shared with organisation A and a valid request to it.</summary>
public static class InvestmentCalls
{
    public static IReadOnlyDictionary<string, Func<TwoOrganisations, Task<EndpointCall>>> All { get; } = new Dictionary<string, Func<TwoOrganisations, Task<EndpointCall>>>
    {
        ["POST /api/investment/leads"] = s => Task.FromResult(EndpointCall.Plain with { Body = Lead(s.A) }),
        ["GET /api/investment/leads"] = _ => Plain(),
        ["GET /api/investment/leads/export.csv"] = _ => Plain(),
        ["GET /api/investment/leads/{id:guid}"] = s => OnLead(s),
        ["PUT /api/investment/leads/{id:guid}"] = async s =>
        {
            var lead = await s.Investment.LeadAsync(s.A);
            return EndpointCall.On(lead.Id, Lead(s.A), lead.ETag);
        },
        ["POST /api/investment/leads/{id:guid}/stage"] = s => OnLead(s, new StageRequest(LeadStage.Contacted, null)),
        ["POST /api/investment/leads/{id:guid}/lose"] = s => OnLead(s, new LoseRequest("PT", "Lower costs")),
        ["POST /api/investment/leads/{id:guid}/abandon"] = s => OnLead(s, new AbandonRequest("Project dropped")),
        ["POST /api/investment/leads/{id:guid}/hold"] = s => OnLead(s),
        ["POST /api/investment/leads/{id:guid}/resume"] = async s =>
        {
            var lead = await s.Investment.LeadAsync(s.A);
            await s.Investment.HoldAsync(lead.Id);
            return EndpointCall.On(lead.Id);
        },
        ["GET /api/investment/leads/{id:guid}/stage-log"] = s => OnLead(s),
        ["GET /api/investment/leads/{id:guid}/activities"] = s => OnLead(s),
        ["POST /api/investment/leads/{id:guid}/activities"] = s => OnLead(s, PhoneCall()),
        ["GET /api/investment/leads/{id:guid}/tasks"] = s => OnLead(s),
        ["POST /api/investment/leads/{id:guid}/tasks"] = s => OnLead(s, FollowUp()),
        ["PUT /api/investment/leads/{id:guid}/tasks/{taskId:guid}/done"] = async s =>
        {
            var lead = await s.Investment.LeadAsync(s.A);
            var task = await s.Investment.TaskAsync(lead.Id);
            return new EndpointCall(new Dictionary<string, string> { ["id"] = lead.Id.ToString(), ["taskId"] = task.ToString() }, Body: new TaskDoneRequest(true));
        },
        ["GET /api/investment/tasks"] = _ => Task.FromResult(EndpointCall.Plain with { Query = "assignee=me" }),
        ["GET /api/investment/leads/{id:guid}/site-proposals"] = s => OnLead(s),
        ["POST /api/investment/leads/{id:guid}/site-proposals/{proposalId:guid}/accept"] = s => OnProposal(s),
        ["POST /api/investment/leads/{id:guid}/site-proposals/{proposalId:guid}/decline"] = s => OnProposal(s),
        ["GET /api/investment/shared-leads"] = _ => Plain(),
        ["GET /api/investment/shared-leads/{id:guid}"] = s => OnLead(s),
        ["POST /api/investment/shared-leads/{id:guid}/site-proposals"] = s => OnLead(s, Proposal()),
        ["GET /api/investment/pipeline"] = _ => Plain(),
        ["GET /api/investment/kpis"] = _ => Task.FromResult(EndpointCall.Plain with { Query = "year=2026" }),
    };

    private static Task<EndpointCall> Plain() => Task.FromResult(EndpointCall.Plain);

    private static async Task<EndpointCall> OnLead(TwoOrganisations s, object? body = null) => EndpointCall.On((await s.Investment.LeadAsync(s.A)).Id, body);

    private static async Task<EndpointCall> OnProposal(TwoOrganisations s)
    {
        var lead = await s.Investment.LeadAsync(s.A);
        var proposal = await s.Investment.ProposalAsync(s.A, lead.Id);
        return new EndpointCall(new Dictionary<string, string> { ["id"] = lead.Id.ToString(), ["proposalId"] = proposal.ToString() });
    }
}
