using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sora.Client;
using Sora.Client.Http;
using Sora.Client.Redaction;
using Sora.Client.Telemetry;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// What the client's telemetry costs. With nobody listening the hooks must cost nothing measurable and allocate 0
/// bytes, so a whole <c>GetAsync</c> (against an in-process handler: no network) costs the same with telemetry in the
/// code; with an ActivityListener and a MeterListener subscribed, the price of the spans and tags is shown beside it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class TelemetryBenchmarks
{
    private static readonly byte[] s_job = Encoding.UTF8.GetBytes(
        """{"id":"video_1","object":"video","model":"sora-2","status":"in_progress","progress":40,"created_at":1760592434,"size":"720x1280","seconds":"4"}""");

    private readonly SoraCall _call = new(SoraOperations.GetVideo, "video_1");
    private readonly Uri _url = new("https://gateway.example/v1/videos/video_1");
    private readonly CreateVideoRequest _request = new("A calico cat playing a piano on stage");
    private readonly SecretRedactor _redactor = SecretRedactor.For("sk-bench-0123456789");
    private SoraClient _client = null!;
    private ActivityListener? _activities;
    private MeterListener? _meters;

    /// <summary>Whether an ActivityListener and a MeterListener are subscribed to the client's names.</summary>
    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _client = new SoraClient(new HttpClient(new CannedJob()), new SoraClientOptions
        {
            BaseAddress = new Uri("https://gateway.example/v1"),
            ApiKey = "sk-bench-0123456789",
        });
        if (!Listening)
        {
            return;
        }

        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SoraTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
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
        _meters.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _meters?.Dispose();
        _activities?.Dispose();
        _client.Dispose();
    }

    [Benchmark(Description = "GetAsync (in-process handler)")]
    public Task<Video> GetAsync() => _client.GetAsync("video_1");

    [Benchmark(Description = "HTTP span hook (start, status, stop)")]
    public void HttpSpanHook()
    {
        using var span = HttpCallSpan.Start(_call, _url, _url);
        HttpCallSpan.Responded(span, 200);
    }

    [Benchmark(Description = "job hook (start, end)")]
    public void JobHook()
    {
        // Start sets the ambient job only when someone listens; End is what GenerateAsync calls when it got one.
        JobTelemetry.Start(_request, null, TimeProvider.System, _redactor)?.End();
    }

    private sealed class CannedJob : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(s_job);
            content.Headers.ContentType = new("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }
}
