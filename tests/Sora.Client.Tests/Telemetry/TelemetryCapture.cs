using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Sora.Client.Tests.Telemetry;

/// <summary>One measurement the client's meter reported.</summary>
internal sealed record Measurement(string Instrument, string? Unit, string? Description, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public string? Tag(string name) => Tags.TryGetValue(name, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}

/// <summary>
/// Subscribes to the client's <see cref="SoraTelemetry.ActivitySourceName"/> and <see cref="SoraTelemetry.MeterName"/>
/// as an exporter would, and records every span (under the test's own root span) and every measurement.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private readonly Activity _root;
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public TelemetryCapture()
    {
        // The test's own root: spans under it are this test's, whatever else runs in the process.
        _root = new Activity("telemetry test").Start();
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SoraTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == _root.TraceId)
                {
                    _spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);

        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == SoraTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        _meters.SetMeasurementEventCallback<int>((i, v, t, _) => Record(i, v, t));
        _meters.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        _meters.Start();
    }

    public IReadOnlyList<Activity> Spans => _spans.ToArray();

    public IReadOnlyList<Activity> HttpSpans => Spans.Where(s => s.Kind == ActivityKind.Client).ToArray();

    public IReadOnlyList<Measurement> Measurements => _measurements.ToArray();

    public Activity JobSpan => Assert.Single(Spans, s => s.OperationName == "sora.job");

    public IReadOnlyList<Measurement> Of(string instrument) => Measurements.Where(m => m.Instrument == instrument).ToArray();

    /// <summary>Every text the spans and measurements carry: names, tag keys and values, events, links, status descriptions.</summary>
    public IEnumerable<string> Texts()
    {
        foreach (var span in Spans)
        {
            yield return span.OperationName;
            yield return span.DisplayName;
            if (span.StatusDescription is { } description)
            {
                yield return description;
            }

            foreach (var (key, value) in span.TagObjects)
            {
                yield return key + "=" + value;
            }

            foreach (var (key, value) in span.Baggage)
            {
                yield return key + "=" + value;
            }

            foreach (var e in span.Events)
            {
                yield return e.Name;
                foreach (var (key, value) in e.Tags)
                {
                    yield return key + "=" + value;
                }
            }
        }

        foreach (var m in Measurements)
        {
            foreach (var (key, value) in m.Tags)
            {
                yield return key + "=" + value;
            }
        }
    }

    public void Dispose()
    {
        _root.Stop();
        _meters.Dispose();
        _activities.Dispose();
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct, IConvertible
    {
        var copy = new Dictionary<string, object?>();
        foreach (var (key, tag) in tags)
        {
            copy[key] = tag;
        }

        _measurements.Enqueue(new Measurement(instrument.Name, instrument.Unit, instrument.Description,
            value.ToDouble(System.Globalization.CultureInfo.InvariantCulture), copy));
    }
}
