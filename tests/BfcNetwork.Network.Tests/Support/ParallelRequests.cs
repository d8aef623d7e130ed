using System.Net;
using BfcNetwork.Testing;

namespace BfcNetwork.Network.Tests.Support;

/// <summary>
/// Requests sent at the same instant: every message is built first and all are released together,
/// so they race inside the service instead of arriving one after another.
/// </summary>
public static class ParallelRequests
{
    public const int Count = 50;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static async Task<HttpResponseMessage[]> SendAtOnceAsync(HttpClient client, Func<int, HttpRequestMessage> request, int count = Count)
    {
        var messages = Enumerable.Range(0, count).Select(request).ToArray();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = messages.Select(message => Task.Run(async () =>
        {
            await start.Task;
            return await client.SendAsync(message);
        })).ToArray();
        start.SetResult();
        return await Task.WhenAll(sends).WaitAsync(Patience);
    }

    /// <summary>
    /// Asserts that exactly one request succeeded and every other one got a 412 problem (or one of
    /// <paramref name="alsoAllowed"/>, for a loser that arrived after the winner removed its target);
    /// returns the index of the winner.
    /// </summary>
    public static async Task<int> SingleWinnerAsync(HttpResponseMessage[] responses, params HttpStatusCode[] alsoAllowed)
    {
        var winners = responses.Index().Where(r => r.Item.IsSuccessStatusCode).Select(r => r.Index).ToArray();
        var statuses = string.Join(", ", responses.GroupBy(r => (int)r.StatusCode).Select(g => $"{g.Key} × {g.Count()}"));
        Assert.True(winners.Length == 1, $"Expected exactly one success, got: {statuses}");
        foreach (var loser in responses.Where(r => !r.IsSuccessStatusCode))
        {
            var expected = alsoAllowed.Contains(loser.StatusCode) ? loser.StatusCode : HttpStatusCode.PreconditionFailed;
            await Expect.ProblemAsync(loser, expected);
        }

        return winners[0];
    }
}
