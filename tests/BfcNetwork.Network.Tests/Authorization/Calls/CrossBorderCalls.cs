using BfcNetwork.Network.Tests.Authorization.Resources;
using static BfcNetwork.Network.Tests.Authorization.Resources.CrossBorderResources;

namespace BfcNetwork.Network.Tests.Authorization.Calls;

/// <summary>For each CrossBorder endpoint of the table, a fresh joint project of organisation A and a valid request to it.</summary>
public static class CrossBorderCalls
{
    public static IReadOnlyDictionary<string, Func<TwoOrganisations, Task<EndpointCall>>> All { get; } = new Dictionary<string, Func<TwoOrganisations, Task<EndpointCall>>>
    {
        ["POST /api/crossborder/projects"] = s => Task.FromResult(EndpointCall.Plain with { Body = NewProject(s.A) }),
        ["GET /api/crossborder/projects"] = _ => Task.FromResult(EndpointCall.Plain),
        ["GET /api/crossborder/projects/{id:guid}"] = async s => EndpointCall.On((await s.CrossBorder.DraftAsync(s.A)).Id),
        ["PUT /api/crossborder/projects/{id:guid}"] = async s =>
        {
            var project = await s.CrossBorder.DraftAsync(s.A);
            return EndpointCall.On(project.Id, Revision(project), project.ETag);
        },
        ["POST /api/crossborder/projects/{id:guid}/transitions"] = async s =>
        {
            var project = await s.CrossBorder.DraftAsync(s.A);
            return EndpointCall.On(project.Id, Submission, project.ETag);
        },
        ["GET /api/crossborder/projects/{id:guid}/history"] = async s =>
            EndpointCall.On((await s.CrossBorder.MovedAsync(await s.CrossBorder.DraftAsync(s.A), Submission.To!.Value)).Id),
        ["GET /api/crossborder/projects/{id:guid}/audit"] = async s => EndpointCall.On((await s.CrossBorder.DraftAsync(s.A)).Id),
        ["POST /api/crossborder/projects/{id:guid}/partners"] = async s =>
        {
            var project = await s.CrossBorder.DraftAsync(s.A);
            return EndpointCall.On(project.Id, NewSwissPartner(), project.ETag);
        },
        ["PUT /api/crossborder/projects/{id:guid}/partners/{partnerId:guid}"] = async s =>
            OnPartner(await s.CrossBorder.DraftAsync(s.A), p => p.SwissLead, SwissLeadUpdate),
        ["PUT /api/crossborder/projects/{id:guid}/partners/{partnerId:guid}/budget"] = async s =>
            OnPartner(await s.CrossBorder.DraftAsync(s.A), p => p.SwissLead, SwissLeadBudget),
        ["DELETE /api/crossborder/projects/{id:guid}/partners/{partnerId:guid}"] = async s =>
            OnPartner(await s.CrossBorder.DraftAsync(s.A), p => p.SwissPartner, null),
        ["POST /api/crossborder/projects/{id:guid}/partners/{partnerId:guid}/lead"] = async s =>
            OnPartner(await s.CrossBorder.DraftAsync(s.A), p => p.SwissPartner, null),
        ["GET /api/crossborder/projects/{id:guid}/partners/{partnerId:guid}/contact"] = async s =>
            OnPartner(await s.CrossBorder.DraftAsync(s.A), p => p.SwissLead, null) with { IfMatch = null },
        ["GET /api/crossborder/public/operations"] = _ => Task.FromResult(EndpointCall.Plain),
        ["GET /api/crossborder/public/programme"] = _ => Task.FromResult(EndpointCall.Plain),
    };

    private static EndpointCall OnPartner(JointProject project, Func<JointProject, Guid> partner, object? body) => new(
        new Dictionary<string, string> { ["id"] = project.Id.ToString(), ["partnerId"] = partner(project).ToString() }, Body: body, IfMatch: project.ETag);
}
