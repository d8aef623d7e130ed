using System.Collections.Concurrent;
using System.Text;

namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>Counts of what was sent (per service, category, route) and every response that broke the pass condition.</summary>
public sealed class FuzzReport
{
    private readonly ConcurrentDictionary<string, int> _perService = new();
    private readonly ConcurrentDictionary<string, int> _perCategory = new();
    private readonly ConcurrentDictionary<int, int> _perStatus = new();
    private readonly ConcurrentDictionary<(string Operation, int Status), int> _perOperationStatus = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private int _total;
    private int _viaGateway;

    public int Total => _total;

    public IReadOnlyCollection<string> Failures => _failures;

    public void Record(FuzzCase fuzzCase, int status, string? failure)
    {
        Interlocked.Increment(ref _total);
        if (fuzzCase.ViaGateway)
        {
            Interlocked.Increment(ref _viaGateway);
        }

        _perService.AddOrUpdate(fuzzCase.Operation.Service, 1, (_, n) => n + 1);
        _perCategory.AddOrUpdate(fuzzCase.Category, 1, (_, n) => n + 1);
        _perStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
        _perOperationStatus.AddOrUpdate((fuzzCase.Operation.Key, status), 1, (_, n) => n + 1);
        if (failure is not null)
        {
            _failures.Enqueue($"{fuzzCase} → {failure}");
        }
    }

    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine($"{_total} requests, {_viaGateway} through the gateway, {_failures.Count} failures");
        text.AppendLine("per service:  " + Line(_perService));
        text.AppendLine("per category: " + Line(_perCategory));
        text.AppendLine("per status:   " + Line(_perStatus.ToDictionary(s => s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s.Value)));
        foreach (var operation in _perOperationStatus.GroupBy(o => o.Key.Operation).OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"  {operation.Key}: " + string.Join(", ", operation.OrderBy(o => o.Key.Status).Select(o => $"{o.Key.Status} {o.Value}")));
        }

        return text.ToString();
    }

    private static string Line(IEnumerable<KeyValuePair<string, int>> counts) =>
        string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));
}
