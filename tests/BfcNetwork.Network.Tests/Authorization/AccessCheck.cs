using BfcNetwork.Network.Tests.Authorization.Calls;

namespace BfcNetwork.Network.Tests.Authorization;

/// <summary>One case of the sweep: an endpoint, a principal, the status the table gives.</summary>
public static class AccessCheck
{
    /// <summary>
    /// Arranges a fresh resource for <paramref name="rule"/>, calls it as <paramref name="principal"/>
    /// directly on its service, and describes how the answer differs from the table (null when it
    /// does not): another status, or a refusal that is not RFC 7807 problem details.
    /// </summary>
    public static async Task<string?> CheckAsync(
        this NetworkUsers users, AccessRule rule, Principal principal, TwoOrganisations organisations, CancellationToken cancellationToken)
    {
        EndpointCall call;
        try
        {
            call = await EndpointCalls.ArrangeAsync(rule, organisations);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"{rule} as {principal}: arranging the resource failed: {e.Message}";
        }

        var expected = rule.Expected(principal);
        using var request = call.ToRequest(rule);
        using var response = await users.Client(rule.Service, principal).SendAsync(request, cancellationToken);
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return $"{rule} as {principal}: expected {(int)expected}, got {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}";
        }

        return (int)expected >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"
            ? $"{rule} as {principal}: {(int)expected} without problem details ({response.Content.Headers.ContentType})"
            : null;
    }
}
