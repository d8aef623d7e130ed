using System.Net;

namespace BfcNetwork.Network.Tests.Authorization;

/// <summary>
/// One row of the <see cref="AccessTable"/>: an endpoint of a service and who gets which status,
/// written as <c>"200 coordinator@A regional-officer; 404 coordinator@B; 403 others"</c>.
/// <c>others</c> is every signed-in principal not named before it, <c>everyone</c> includes the
/// anonymous caller; anonymous gets 401 unless the row says otherwise.
/// </summary>
public sealed class AccessRule
{
    private const string Others = "others";
    private const string Everyone = "everyone";

    private readonly List<(HttpStatusCode Status, string[] Names)> _clauses = [];

    public AccessRule(string service, string endpoint, string statuses)
    {
        Service = service;
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        Method = endpoint[..space];
        Route = endpoint[(space + 1)..];
        Statuses = statuses;
        foreach (var clause in statuses.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            _clauses.Add(((HttpStatusCode)int.Parse(words[0], System.Globalization.CultureInfo.InvariantCulture), words[1..]));
        }
    }

    public string Service { get; }

    public string Method { get; }

    /// <summary>The route template exactly as the service maps it (<c>/api/solidarity/projects/{id:guid}</c>).</summary>
    public string Route { get; }

    public string Statuses { get; }

    /// <summary>The key the completeness check compares with what the service maps.</summary>
    public string Endpoint => $"{Method} {Route}";

    public bool IsPublic => Expected(new Principal(Principal.Anonymous, null, null)) is { } status && (int)status < 400;

    /// <summary>The status the table gives <paramref name="principal"/>.</summary>
    public HttpStatusCode Expected(Principal principal)
    {
        foreach (var (status, names) in _clauses)
        {
            if (names.Contains(principal.Name) || names.Contains(Everyone) || (names.Contains(Others) && !principal.IsAnonymous))
            {
                return status;
            }
        }

        return principal.IsAnonymous
            ? HttpStatusCode.Unauthorized
            : throw new InvalidOperationException($"{Service} {Endpoint}: the row '{Statuses}' gives no status to {principal}.");
    }

    /// <summary>The principal names the row mentions that are no principal of the sweep (typos).</summary>
    public IEnumerable<string> UnknownNames(IEnumerable<Principal> principals) =>
        _clauses.SelectMany(c => c.Names).Except([Others, Everyone]).Except(principals.Select(p => p.Name));

    public override string ToString() => $"{Service} {Endpoint}";
}
