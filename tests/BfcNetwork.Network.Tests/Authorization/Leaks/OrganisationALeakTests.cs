extern alias crossborder;

using System.Collections.Concurrent;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.Network.Tests.Authorization.Resources;
using BfcNetwork.Testing;
using ProjectStatus = crossborder::BfcNetwork.CrossBorder.Domain.ProjectStatus;

namespace BfcNetwork.Network.Tests.Authorization.Leaks;

/// <summary>
/// Organisation A creates resources in every service under unique names; then every user outside
/// A (each scoped role of organisation B, a user of B without a role, each scoped role without an
/// organisation) calls every GET endpoint of the <see cref="AccessTable"/>: lists and searches for
/// A's names, counts, boards, statistics, the CSV export, the public lists, and the single-resource
/// endpoints with A's ids. No answer, body or header, may hold anything secret of A's.
/// What is public by design is judged as such: an approved solidarity project (title, summary,
/// association name, local partner names and its id, in the public list and Mobility's host
/// catalogue), an approved Interreg project (acronym, title, partner organisation names and its id,
/// in the public operations and the host catalogue) and a won investment (its commune and
/// intercommunality, in the host catalogue) carry public words only; their contact persons, their
/// organisation ids and everything of A's drafts, submissions, refusals, leads, tasks, activities,
/// site proposals, exchanges and participants are secret.
/// </summary>
[Collection(AuthorizationCollection.Name)]
public sealed class OrganisationALeakTests(AuthorizationNetwork network, ITestOutputHelper output)
{
    private const int Parallelism = 6;
    private static readonly TimeSpan EventPatience = TimeSpan.FromSeconds(30);

    private readonly NetworkUsers _users = network.Users;
    private readonly OrganisationFootprint _a = new();
    private readonly List<(Guid Project, Guid Partner)> _partners = [];

    [Fact]
    public async Task No_request_by_a_user_outside_organisation_A_returns_any_of_its_ids_or_names()
    {
        var organisations = await TwoOrganisations.CreateAsync(_users, new Organisation("A", $"a-{_a.SecretToken}"), _a.Public("Association"));
        await CreateFootprintAsync(organisations);
        await WaitForThePublishedHostsAsync();
        await AssertTheSecretsAreThereForThoseWhoMaySeeThemAsync(organisations);

        var outsiders = Outsiders(organisations.B).ToList();
        var calls = (from rule in AccessTable.Rules.Where(r => r.Method is "GET" or "ANY")
                     from call in Probes(rule)
                     from outsider in outsiders
                     select (rule, call, outsider)).ToList();
        var leaks = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = TestContext.Current.CancellationToken },
            async (c, cancellationToken) =>
            {
                var (rule, call, outsider) = c;
                using var request = call.ToRequest(rule);
                using var response = await _users.Client(rule.Service, outsider).SendAsync(request, cancellationToken);
                // The request's own path comes back as a problem's "instance": the caller's words, not a leak.
                var answer = (await response.Content.ReadAsStringAsync(cancellationToken)).Replace(request.RequestUri!.AbsolutePath, "", StringComparison.Ordinal)
                    + string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
                foreach (var secret in _a.SecretsIn(answer))
                {
                    leaks.Add($"{rule.Service} GET {call.Target(rule)} as {outsider} ({(int)response.StatusCode}) returned {secret}");
                }
            });

        output.WriteLine($"{calls.Count} requests by {outsiders.Count} outsiders; {_a.SecretIds.Count} secret ids, secret token {_a.SecretToken}");
        Assert.True(leaks.IsEmpty, $"{leaks.Count} answers leak organisation A's data:\n{string.Join("\n", leaks.Order(StringComparer.Ordinal))}");
    }

    /// <summary>Each scoped role of organisation B; a user of B without any role; each scoped role without an organisation.</summary>
    private static IEnumerable<Principal> Outsiders(Organisation b) =>
    [
        .. Principal.ScopedRoles.Select(role => Principal.Of(role, b)),
        new($"role-less@{b.Label}", null, b),
        .. Principal.ScopedRoles.Select(role => new Principal($"{role} without org", role, null)),
    ];

    private async Task CreateFootprintAsync(TwoOrganisations s)
    {
        var a = s.A;

        // Solidarity: a draft, a submitted, a returned and a rejected project are A's; the approved one is public.
        foreach (var outcome in new[] { "draft", "submitted", "request-changes", "reject" })
        {
            var (title, partner) = (_a.Secret($"Project {outcome}"), _a.Secret($"Cooperative {outcome}"));
            var project = outcome switch
            {
                "draft" => await s.Solidarity.DraftAsync(a, title, partner),
                "submitted" => await s.Solidarity.SubmittedAsync(a, title, partner),
                _ => await s.Solidarity.DecidedAsync(a, outcome, title, partner),
            };
            _a.Add(ResourceNames.Solidarity, project.Id);
        }

        _a.Add(ResourceNames.Solidarity, (await s.Solidarity.DecidedAsync(a, "approve", _a.Public("Approved project"), _a.Public("Cooperative"))).Id, isPublic: true);

        // CrossBorder: a draft whose contact was read (an audit entry), and an approved operation with secret contacts.
        var draft = await s.CrossBorder.DraftAsync(a, new CrossBorderResources.Names(
            $"D{_a.SecretToken.ToUpperInvariant()}", _a.Secret("Joint draft"), _a.Secret("Organisation"), _a.Secret("Contact")));
        await s.CrossBorder.ReadContactAsync(draft);
        var approved = await s.CrossBorder.MovedAsync(
            await s.CrossBorder.DraftAsync(a, new CrossBorderResources.Names(
                $"P{_a.PublicToken.ToUpperInvariant()}", _a.Public("Joint operation"), _a.Public("Organisation"), _a.Secret("Contact"))),
            ProjectStatus.Submitted, ProjectStatus.Eligible, ProjectStatus.Approved);
        _a.Add(ResourceNames.CrossBorder, draft.Id);
        _a.Add(ResourceNames.CrossBorder, approved.Id, isPublic: true);
        foreach (var project in new[] { draft, approved })
        {
            foreach (var partner in new[] { project.FrenchLead, project.SwissLead, project.SwissPartner })
            {
                _partners.Add((project.Id, _a.Add("crossborder-partner", partner)));
            }
        }

        // Investment: an open lead shared with A's intercommunality, with its work and a proposal; and a won lead.
        var open = _a.Add(ResourceNames.Investment, (await s.Investment.LeadAsync(a, LeadNames("open", isWon: false))).Id);
        _a.Add("investment-work", await s.Investment.ActivityAsync(open, _a.Secret("Call notes")));
        _a.Add("investment-work", await s.Investment.TaskAsync(open, _a.Secret("Task")));
        _a.Add("investment-work", await s.Investment.ProposalAsync(a, open, _a.Secret("Proposed site")));
        var won = _a.Add(ResourceNames.Investment, (await s.Investment.LeadAsync(a, LeadNames("won", isWon: true))).Id);
        await s.Investment.WinAsync(won);

        // Mobility: an individual exchange with a participant and a group exchange.
        var exchange = _a.Add(ResourceNames.Mobility, (await s.Mobility.ExchangeAsync(a, _a.Secret("Exchange"))).Id);
        _a.Add("mobility-participant", await s.Mobility.ParticipantAsync(a, exchange));
        _a.Add(ResourceNames.Mobility, (await s.Mobility.GroupAsync(a, _a.Secret("Group exchange"))).Id);
    }

    /// <summary>A won lead's commune and intercommunality are published (the host catalogue); everything else of a lead is secret.</summary>
    private InvestmentResources.Names LeadNames(string which, bool isWon) => new(
        _a.Secret($"Company {which}"), _a.Secret($"Description {which}"), _a.Secret($"Anonymised {which}"), _a.Secret($"Needs {which}"),
        isWon ? _a.Public("Commune") : _a.Secret("Commune"), isWon ? _a.Public("Intercommunality") : _a.Secret("Intercommunality"),
        _a.Secret($"Site {which}"));

    /// <summary>Approvals and the win reach Mobility's host catalogue by events; judge the catalogue once they have.</summary>
    private async Task WaitForThePublishedHostsAsync()
    {
        var officer = _users.Client(ResourceNames.Mobility, Principal.Unscoped(Roles.RegionalOfficer));
        await Eventually.Until(
            () => officer.GetStringAsync("/api/mobility/hosts?pageSize=100"),
            hosts => new[] { _a.Public("Cooperative"), _a.Public("Organisation"), _a.Public("Intercommunality") }
                .All(host => hosts.Contains(host, StringComparison.Ordinal)),
            EventPatience,
            "the approved projects' partners and the won company in the host catalogue");
    }

    /// <summary>The check can fail: A's secrets are in the answers of those who may see them.</summary>
    private async Task AssertTheSecretsAreThereForThoseWhoMaySeeThemAsync(TwoOrganisations s)
    {
        var insiders = new (string Service, Principal Principal, string Path)[]
        {
            (ResourceNames.Solidarity, Principal.Of(Roles.Coordinator, s.A), "/api/solidarity/projects"),
            (ResourceNames.CrossBorder, Principal.Of(Roles.SwissPartner, s.A), "/api/crossborder/projects"),
            (ResourceNames.Investment, Principal.Of(Roles.IntercoOfficer, s.A), "/api/investment/shared-leads"),
            (ResourceNames.Investment, InvestmentResources.Owner, "/api/investment/leads/export.csv"),
            (ResourceNames.Mobility, Principal.Of(Roles.MobilityCoordinator, s.A), "/api/mobility/exchanges"),
        };
        foreach (var (service, principal, path) in insiders)
        {
            var answer = await _users.Client(service, principal).GetStringAsync(path, TestContext.Current.CancellationToken);
            Assert.True(_a.SecretsIn(answer).Any(), $"{service} {path} as {principal} shows none of A's secrets, so their absence elsewhere proves nothing.");
        }
    }

    /// <summary>The requests an outsider makes to a GET endpoint: plain, paged and searching for A's names; or on each of A's resources.</summary>
    private IEnumerable<EndpointCall> Probes(AccessRule rule)
    {
        if (rule.Route == "/openapi/{documentName}.json")
        {
            return [Values(("documentName", "v1"))];
        }

        if (rule.Route == "/api/solidarity/associations/{id}")
        {
            return [Values(("id", $"a-{_a.SecretToken}"))];
        }

        if (rule.Route.Contains("{partnerId", StringComparison.Ordinal))
        {
            return _partners.Select(p => Values(("id", p.Project.ToString()), ("partnerId", p.Partner.ToString())));
        }

        if (rule.Route.Contains("{id", StringComparison.Ordinal))
        {
            return _a.Ids(rule.Service).Select(id => Values(("id", id)));
        }

        string[] queries =
        [
            "pageSize=100",
            $"q={_a.SecretToken}",
            $"q={Uri.EscapeDataString(_a.Secret("Company open"))}",
            "year=2026",
            "assignee=investment-officer",
            "includeRetired=true&pageSize=100",
        ];
        return [EndpointCall.Plain, .. queries.Select(q => EndpointCall.Plain with { Query = q })];
    }

    private static EndpointCall Values(params (string Name, string Value)[] values) => new(values.ToDictionary(v => v.Name, v => v.Value));
}
