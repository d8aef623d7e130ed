extern alias solidarity;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.Testing.Requests;
using solidarity::BfcNetwork.Solidarity.Apis.Models;

namespace BfcNetwork.Network.Tests.Authorization.Resources;

/// <summary>Associations and their projects, created through the Solidarity API by the users who create them.</summary>
public sealed class SolidarityResources(NetworkUsers users)
{
    public const string Service = ResourceNames.Solidarity;
    public const string Projects = "/api/solidarity/projects";

    private static readonly Principal Officer = Principal.Unscoped(Roles.RegionalOfficer);

    /// <summary>The organisation as a registered association, which a coordinator needs before drafting projects.</summary>
    public Task RegisterAsync(Organisation organisation, string? name = null) =>
        users.PostAsync(Service, Officer, "/api/solidarity/associations",
            new AssociationRequest(organisation.Id, name ?? $"Association {organisation.Id}", "Besançon"));

    /// <summary>A valid draft of <paramref name="organisation"/>'s association: 10,000 EUR asked on 20,000 EUR of costs.</summary>
    public async Task<NetworkUsers.Answer> DraftAsync(Organisation organisation, string? title = null, string? partnerName = null) =>
        await users.PostAsync(Service, Coordinator(organisation), Projects, Draft(title, partnerName));

    public async Task<NetworkUsers.Answer> SubmittedAsync(Organisation organisation, string? title = null, string? partnerName = null)
    {
        var draft = await DraftAsync(organisation, title, partnerName);
        return await users.SendAsync(Service, Coordinator(organisation), HttpMethod.Post, $"{Projects}/{draft.Id}/submit");
    }

    /// <summary>A submitted project the Region decides on: <c>approve</c>, <c>reject</c> or <c>request-changes</c>.</summary>
    public async Task<NetworkUsers.Answer> DecidedAsync(Organisation organisation, string outcome, string? title = null, string? partnerName = null)
    {
        var submitted = await SubmittedAsync(organisation, title, partnerName);
        return await users.SendAsync(Service, Officer, HttpMethod.Post, $"{Projects}/{submitted.Id}/decision", Decision(outcome));
    }

    public static DecisionRequest Decision(string outcome) =>
        new(outcome, outcome == "approve" ? 9_000m : null, outcome == "approve" ? null : "Please say more about the cooperative.");

    /// <summary>The shared submittable project body (<see cref="ProjectBodies.SolidarityProject"/>).</summary>
    public static object Draft(string? title = null, string? partnerName = null) =>
        ProjectBodies.SolidarityProject(title ?? "Solar fruit dryers for a Malagasy cooperative", partnerName ?? "Coopérative des producteurs de physalis");

    private static Principal Coordinator(Organisation organisation) => Principal.Of(Roles.Coordinator, organisation);
}
