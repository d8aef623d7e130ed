using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BfcNetwork.Network.Tests.Support;

/// <summary>
/// Collects what a running host logs, with each entry's structured values, as an operator's log
/// pipeline would receive them. Added to a started host's <see cref="ILoggerFactory"/>, which
/// hands it to the loggers it already created too.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyCollection<Entry> Entries => _entries;

    public static CapturedLogs From(IServiceProvider services)
    {
        var logs = new CapturedLogs();
        ((ILoggerFactory)services.GetService(typeof(ILoggerFactory))!).AddProvider(logs);
        return logs;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    public sealed record Entry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception);

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value)
                : [];
            entries.Enqueue(new Entry(category, logLevel, eventId, formatter(state, exception), values, exception));
        }
    }
}
