using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace BfcNetwork.Network.Tests.Support;

/// <summary>Listens to one counter of one meter in this process, as an exporter would, keeping each measurement with its tags.</summary>
public sealed class MeasuredCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(long Value, IReadOnlyDictionary<string, object?> Tags)> _measurements = new();

    public MeasuredCounter(string meterName, string counterName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName && instrument.Name == counterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            _measurements.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _listener.Start();
    }

    /// <summary>The sum of the measurements whose tags include every given one.</summary>
    public long Total(params (string Key, object Value)[] tags) =>
        _measurements.Where(m => tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && Equals(v, t.Value))).Sum(m => m.Value);

    public override string ToString() =>
        string.Join("; ", _measurements.Select(m => $"{m.Value} {{{string.Join(", ", m.Tags.Select(t => $"{t.Key}={t.Value}"))}}}"));

    public void Dispose() => _listener.Dispose();
}
