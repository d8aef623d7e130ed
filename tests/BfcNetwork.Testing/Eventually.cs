namespace BfcNetwork.Testing;

/// <summary>
/// Polls a condition that settles asynchronously (a consumer, the outbox dispatcher, a broker
/// reconnection, a connection pool recovering) within an explicit bound.
/// </summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not {what} within {within}; last: {value}");
            }

            await Task.Delay(100);
        }
    }
}
