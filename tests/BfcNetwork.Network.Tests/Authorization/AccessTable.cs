using BfcNetwork.BuildingBlocks.Hosting;

namespace BfcNetwork.Network.Tests.Authorization;

/// <summary>
/// Who gets what, for every endpoint of every service: the one place the network's access rules
/// are written down. Each row is an endpoint (method and route template, exactly as mapped) and
/// its statuses (see <see cref="AccessRule"/>): anonymous callers get 401 unless a row says
/// otherwise; <c>@A</c> is a user of the organisation that owns the resource the request addresses,
/// <c>@B</c> a user of another organisation with the same role. The conventions the rows follow:
/// a role that never uses an endpoint gets 403 before any lookup; a user who may not see the
/// resource gets 404 (existence is not revealed); a visible resource they may not change is 403.
/// Investment answers 404 on every single-lead endpoint to whoever is not staff, so its rows say
/// <c>404 others</c> there. <see cref="EndpointCompletenessTests"/> fails when a service maps an
/// endpoint that has no row here or a row names an endpoint that no longer exists.
/// </summary>
public static class AccessTable
{
    private const string Public = "200 everyone";

    public static readonly IReadOnlyList<AccessRule> Rules =
    [
        .. Plumbing(ResourceNames.Solidarity),
        .. Rows(ResourceNames.Solidarity, new()
        {
            ["POST /api/solidarity/projects"] = "201 coordinator@A coordinator@B; 403 others",
            ["GET /api/solidarity/projects"] = "200 coordinator@A coordinator@B regional-officer; 403 others",
            ["GET /api/solidarity/projects/{id:guid}"] = "200 coordinator@A regional-officer; 404 coordinator@B; 403 others",
            ["PUT /api/solidarity/projects/{id:guid}"] = "200 coordinator@A; 404 coordinator@B; 403 others",
            ["POST /api/solidarity/projects/{id:guid}/submit"] = "200 coordinator@A; 404 coordinator@B; 403 others",
            ["POST /api/solidarity/projects/{id:guid}/cancel"] = "200 coordinator@A; 404 coordinator@B; 403 others",
            ["POST /api/solidarity/projects/{id:guid}/decision"] = "200 regional-officer; 403 others",
            ["GET /api/solidarity/projects/{id:guid}/history"] = "200 coordinator@A regional-officer; 404 coordinator@B; 403 others",
            ["GET /api/solidarity/public/projects"] = Public,
            ["GET /api/solidarity/associations"] = "200 coordinator@A coordinator@B regional-officer; 403 others",
            ["GET /api/solidarity/associations/{id}"] = "200 coordinator@A regional-officer; 404 coordinator@B; 403 others",
            ["POST /api/solidarity/associations"] = "201 regional-officer; 403 others",
        }),

        .. Plumbing(ResourceNames.CrossBorder),
        .. Rows(ResourceNames.CrossBorder, new()
        {
            ["POST /api/crossborder/projects"] = "201 regional-officer; 403 others",
            ["GET /api/crossborder/projects"] = "200 regional-officer swiss-partner@A swiss-partner@B fr-partner@A fr-partner@B; 403 others",
            ["GET /api/crossborder/projects/{id:guid}"] = "200 regional-officer swiss-partner@A fr-partner@A; 404 swiss-partner@B fr-partner@B; 403 others",
            ["PUT /api/crossborder/projects/{id:guid}"] = "200 regional-officer; 403 others",

            // Submission: an applicant step, taken by the lead partners' users (both are leads here) or the secretariat.
            ["POST /api/crossborder/projects/{id:guid}/transitions"] = "200 regional-officer swiss-partner@A fr-partner@A; 404 swiss-partner@B fr-partner@B; 403 others",
            ["GET /api/crossborder/projects/{id:guid}/history"] = "200 regional-officer swiss-partner@A fr-partner@A; 404 swiss-partner@B fr-partner@B; 403 others",
            ["GET /api/crossborder/projects/{id:guid}/audit"] = "200 regional-officer; 403 others",
            ["POST /api/crossborder/projects/{id:guid}/partners"] = "200 regional-officer; 403 others",

            // The Swiss lead partner's record: the French partner sees it but may not change it.
            ["PUT /api/crossborder/projects/{id:guid}/partners/{partnerId:guid}"] = "200 regional-officer swiss-partner@A; 403 fr-partner@A; 404 swiss-partner@B fr-partner@B; 403 others",
            ["PUT /api/crossborder/projects/{id:guid}/partners/{partnerId:guid}/budget"] = "200 regional-officer swiss-partner@A; 403 fr-partner@A; 404 swiss-partner@B fr-partner@B; 403 others",
            ["DELETE /api/crossborder/projects/{id:guid}/partners/{partnerId:guid}"] = "200 regional-officer; 403 others",
            ["POST /api/crossborder/projects/{id:guid}/partners/{partnerId:guid}/lead"] = "200 regional-officer; 403 others",
            ["GET /api/crossborder/projects/{id:guid}/partners/{partnerId:guid}/contact"] = "200 regional-officer swiss-partner@A fr-partner@A; 404 swiss-partner@B fr-partner@B; 403 others",
            ["GET /api/crossborder/public/operations"] = Public,
            ["GET /api/crossborder/public/programme"] = Public,
        }),

        .. Plumbing(ResourceNames.Investment),
        .. Rows(ResourceNames.Investment, new()
        {
            ["POST /api/investment/leads"] = "201 investment-officer investment-senior; 403 others",
            ["GET /api/investment/leads"] = "200 investment-officer investment-senior; 403 others",
            ["GET /api/investment/leads/export.csv"] = "200 investment-officer investment-senior; 403 others",
            ["GET /api/investment/leads/{id:guid}"] = "200 investment-officer investment-senior; 404 others",
            ["PUT /api/investment/leads/{id:guid}"] = "200 investment-officer investment-senior; 404 others",
            ["POST /api/investment/leads/{id:guid}/stage"] = "200 investment-officer investment-senior; 404 others",
            ["POST /api/investment/leads/{id:guid}/lose"] = "200 investment-officer investment-senior; 404 others",
            ["POST /api/investment/leads/{id:guid}/abandon"] = "200 investment-officer investment-senior; 404 others",
            ["POST /api/investment/leads/{id:guid}/hold"] = "200 investment-officer investment-senior; 404 others",
            ["POST /api/investment/leads/{id:guid}/resume"] = "200 investment-officer investment-senior; 404 others",
            ["GET /api/investment/leads/{id:guid}/stage-log"] = "200 investment-officer investment-senior; 404 others",
            ["GET /api/investment/leads/{id:guid}/activities"] = "200 investment-officer investment-senior; 404 others",
            ["POST /api/investment/leads/{id:guid}/activities"] = "201 investment-officer investment-senior; 404 others",
            ["GET /api/investment/leads/{id:guid}/tasks"] = "200 investment-officer investment-senior; 404 others",
            ["POST /api/investment/leads/{id:guid}/tasks"] = "201 investment-officer investment-senior; 404 others",
            ["PUT /api/investment/leads/{id:guid}/tasks/{taskId:guid}/done"] = "200 investment-officer investment-senior; 404 others",
            ["GET /api/investment/tasks"] = "200 investment-officer investment-senior; 403 others",

            // The lead's owner is the investment-officer principal; a senior decides on any lead.
            ["GET /api/investment/leads/{id:guid}/site-proposals"] = "200 investment-officer investment-senior; 404 others",
            ["POST /api/investment/leads/{id:guid}/site-proposals/{proposalId:guid}/accept"] = "200 investment-officer investment-senior; 404 others",
            ["POST /api/investment/leads/{id:guid}/site-proposals/{proposalId:guid}/decline"] = "200 investment-officer investment-senior; 404 others",

            // The lead is shared with organisation A's intercommunality.
            ["GET /api/investment/shared-leads"] = "200 interco-officer@A interco-officer@B; 403 others",
            ["GET /api/investment/shared-leads/{id:guid}"] = "200 interco-officer@A; 404 others",
            ["POST /api/investment/shared-leads/{id:guid}/site-proposals"] = "201 interco-officer@A; 404 others",
            ["GET /api/investment/pipeline"] = "200 investment-officer investment-senior; 403 others",
            ["GET /api/investment/kpis"] = "200 investment-officer investment-senior; 403 others",
        }),

        .. Plumbing(ResourceNames.Mobility),
        .. Rows(ResourceNames.Mobility, new()
        {
            ["POST /api/mobility/exchanges"] = "201 mobility-coordinator@A mobility-coordinator@B; 403 others",
            ["GET /api/mobility/exchanges"] = "200 mobility-coordinator@A mobility-coordinator@B regional-officer; 403 others",
            ["GET /api/mobility/exchanges/{id:guid}"] = "200 mobility-coordinator@A regional-officer; 404 mobility-coordinator@B; 403 others",
            ["POST /api/mobility/exchanges/{id:guid}/transitions"] = "200 mobility-coordinator@A regional-officer; 404 mobility-coordinator@B; 403 others",
            ["POST /api/mobility/exchanges/{id:guid}/parental-consents"] = "200 mobility-coordinator@A regional-officer; 404 mobility-coordinator@B; 403 others",
            ["POST /api/mobility/exchanges/{id:guid}/participants"] = "201 mobility-coordinator@A regional-officer; 404 mobility-coordinator@B; 403 others",
            ["PUT /api/mobility/participants/{id:guid}/consents"] = "200 mobility-coordinator@A regional-officer; 404 mobility-coordinator@B; 403 others",
            ["DELETE /api/mobility/participants/{id:guid}"] = "204 mobility-coordinator@A regional-officer; 404 mobility-coordinator@B; 403 others",
            ["GET /api/mobility/hosts"] = "200 mobility-coordinator@A mobility-coordinator@B regional-officer; 403 others",
            ["GET /api/mobility/public/stats"] = Public,
        }),
    ];

    /// <summary>What every service maps besides its API: health probes and its OpenAPI document, open to all.</summary>
    private static IEnumerable<AccessRule> Plumbing(string service) => Rows(service, new()
    {
        ["ANY /health"] = Public,
        ["ANY /alive"] = Public,
        ["GET /openapi/{documentName}.json"] = Public,
    });

    private static IEnumerable<AccessRule> Rows(string service, Dictionary<string, string> rows) =>
        rows.Select(row => new AccessRule(service, row.Key, row.Value));
}
