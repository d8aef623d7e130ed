namespace BfcNetwork.Network.Tests.Authorization.Leaks;

/// <summary>
/// Everything organisation A created, split into what only A (and the staff who see everything)
/// may read and what the network publishes. Every secret name carries <see cref="SecretToken"/>
/// (so does A's organisation id), every public name <see cref="PublicToken"/>; generated ids are
/// listed. A response to someone else may hold public words, never the secret token or a secret id.
/// </summary>
public sealed class OrganisationFootprint
{
    private readonly List<Guid> _secretIds = [];
    private readonly Dictionary<string, List<string>> _ids = [];

    public string SecretToken { get; } = $"s{Guid.NewGuid().ToString("N")[..10]}";

    public string PublicToken { get; } = $"p{Guid.NewGuid().ToString("N")[..10]}";

    public IReadOnlyList<Guid> SecretIds => _secretIds;

    public string Secret(string what) => $"{what} {SecretToken}";

    public string Public(string what) => $"{what} {PublicToken}";

    /// <summary>Records the id of a resource of <paramref name="kind"/> (the route parameter it fills, per service).</summary>
    public Guid Add(string kind, Guid id, bool isPublic = false)
    {
        if (!isPublic)
        {
            _secretIds.Add(id);
        }

        if (!_ids.TryGetValue(kind, out var ids))
        {
            _ids[kind] = ids = [];
        }

        ids.Add(id.ToString());
        return id;
    }

    public IReadOnlyList<string> Ids(string kind) => _ids.TryGetValue(kind, out var ids) ? ids : [];

    /// <summary>What in <paramref name="text"/> belongs to A's secrets: the token or one of the ids.</summary>
    public IEnumerable<string> SecretsIn(string text)
    {
        if (text.Contains(SecretToken, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"'{SecretToken}'";
        }

        foreach (var id in _secretIds.Where(id => text.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase)))
        {
            yield return id.ToString();
        }
    }
}
