using System.Diagnostics;
using Sora.Client.Http;
using Sora.Client.Telemetry;
using Sora.Client.Tests.EndToEnd;
using Sora.Contracts;
using Sora.Emulator;

namespace Sora.Client.Tests.Telemetry;

/// <summary>With nobody subscribed, the client creates no span, no job state and no tag: telemetry costs nothing.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class NoListenerTests
{
    [Fact]
    public async Task WithoutAListener_NoActivityIsCreated_ForAnyCallOfAJob()
    {
        Assert.False(SoraInstrumentation.Source.HasListeners());
        var seen = await GenerateSeeingCurrentActivityAsync();

        Assert.NotEmpty(seen);
        Assert.All(seen, current => Assert.Null(current));
    }

    [Fact]
    public async Task WithAListener_TheSameCallsRunInsideTheClientsSpans()
    {
        using var capture = new TelemetryCapture();
        var seen = await GenerateSeeingCurrentActivityAsync();

        Assert.All(seen, current => Assert.Equal(SoraTelemetry.ActivitySourceName, current?.Source.Name));
    }

    [Fact]
    public void WithoutAListener_StartingAnHttpSpanOrAJob_AllocatesNothing()
    {
        Assert.False(SoraInstrumentation.Source.HasListeners());
        var call = new SoraCall(SoraOperations.GetVideo, "video_1");
        var url = new Uri("http://127.0.0.1:1/v1/videos/video_1");
        var request = new CreateVideoRequest("A cat");
        var redactor = Redaction.SecretRedactor.For("sk-test");
        HttpCallSpan.Start(call, url, url);
        JobTelemetry.Start(request, null, TimeProvider.System, redactor);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var span = HttpCallSpan.Start(call, url, url);
        var job = JobTelemetry.Start(request, null, TimeProvider.System, redactor);
        HttpCallSpan.Responded(span, 500);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(span);
        Assert.Null(job);
        Assert.Equal(0, allocated);
    }

    // The Activity current when each request leaves the client (seen by a handler under it), on a real generate job.
    private static async Task<IReadOnlyList<Activity?>> GenerateSeeingCurrentActivityAsync()
    {
        var provider = SoraProvider.Get("openai");
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions
        {
            Provider = provider,
            QueuedFor = TimeSpan.FromMilliseconds(20),
            RunningFor = TimeSpan.FromMilliseconds(40),
        });
        var recorder = new CurrentActivityRecorder(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var http = new HttpClient(recorder);
        using var client = new SoraClient(http, new SoraClientOptions
        {
            BaseAddress = emulator.BaseAddress,
            ApiKey = emulator.ApiKey,
            Provider = provider,
            Polling = new SoraPollingOptions
            {
                FirstPollMin = TimeSpan.FromMilliseconds(10),
                FirstPollMax = TimeSpan.FromMilliseconds(20),
                MinInterval = TimeSpan.FromMilliseconds(10),
                MaxInterval = TimeSpan.FromMilliseconds(40),
            },
        });
        using var folder = new TempFolder();

        await client.GenerateAsync(new CreateVideoRequest("A cat") { Size = "1280x720" }, folder.File("cat.mp4"));
        return recorder.Seen;
    }

    private sealed class CurrentActivityRecorder(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly List<Activity?> _seen = [];

        public IReadOnlyList<Activity?> Seen
        {
            get
            {
                lock (_seen)
                {
                    return _seen.ToArray();
                }
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_seen)
            {
                _seen.Add(Activity.Current);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
