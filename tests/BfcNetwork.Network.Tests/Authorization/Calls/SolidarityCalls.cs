using BfcNetwork.Network.Tests.Authorization.Resources;

namespace BfcNetwork.Network.Tests.Authorization.Calls;

/// <summary>For each Solidarity endpoint of the table, a fresh resource of organisation A and a valid request to it.</summary>
public static class SolidarityCalls
{
    public static IReadOnlyDictionary<string, Func<TwoOrganisations, Task<EndpointCall>>> All { get; } = new Dictionary<string, Func<TwoOrganisations, Task<EndpointCall>>>
    {
        ["POST /api/solidarity/projects"] = _ => Task.FromResult(EndpointCall.Plain with { Body = SolidarityResources.Draft() }),
        ["GET /api/solidarity/projects"] = _ => Task.FromResult(EndpointCall.Plain),
        ["GET /api/solidarity/projects/{id:guid}"] = async s => EndpointCall.On((await s.Solidarity.DraftAsync(s.A)).Id),
        ["PUT /api/solidarity/projects/{id:guid}"] = async s =>
        {
            var draft = await s.Solidarity.DraftAsync(s.A);
            return EndpointCall.On(draft.Id, SolidarityResources.Draft("Solar fruit dryers, revised"), draft.ETag);
        },
        ["POST /api/solidarity/projects/{id:guid}/submit"] = async s => EndpointCall.On((await s.Solidarity.DraftAsync(s.A)).Id),
        ["POST /api/solidarity/projects/{id:guid}/cancel"] = async s => EndpointCall.On((await s.Solidarity.DraftAsync(s.A)).Id),
        ["POST /api/solidarity/projects/{id:guid}/decision"] = async s =>
            EndpointCall.On((await s.Solidarity.SubmittedAsync(s.A)).Id, SolidarityResources.Decision("request-changes")),
        ["GET /api/solidarity/projects/{id:guid}/history"] = async s => EndpointCall.On((await s.Solidarity.SubmittedAsync(s.A)).Id),
        ["GET /api/solidarity/public/projects"] = _ => Task.FromResult(EndpointCall.Plain),
        ["GET /api/solidarity/associations"] = _ => Task.FromResult(EndpointCall.Plain),
        ["GET /api/solidarity/associations/{id}"] = s => Task.FromResult(EndpointCall.Plain with { RouteValues = new Dictionary<string, string> { ["id"] = s.A.Id } }),
        ["POST /api/solidarity/associations"] = _ => Task.FromResult(EndpointCall.Plain with
        {
            Body = new { Id = Organisation.Random("assoc").Id, Name = "Tandems Solidaires", City = "Dijon" },
        }),
    };
}
