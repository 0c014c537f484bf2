using System.Diagnostics;
using Sora.Client.Tests.EndToEnd;
using Sora.Contracts;
using Sora.Emulator.Faults;

namespace Sora.Client.Tests.Telemetry;

/// <summary>
/// The real client against the real emulator on loopback, observed as an exporter would: the job span, its HTTP child
/// spans, and the job, retry and download measurements.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class JobTelemetryTests
{
    private const string Prompt = "A heron made of brass wading through neon rain";

    private static readonly SoraProvider s_provider = SoraProvider.Get("openai");

    [Fact]
    public async Task AGeneratedJob_IsOneJobSpan_WithItsAttributes_AndEveryHttpCallAsItsChild()
    {
        using var capture = new TelemetryCapture();
        await using var gateway = await EmulatedGateway.StartAsync(s_provider);
        using var folder = new TempFolder();

        var result = await gateway.Client.GenerateAsync(Request(), folder.File("heron.mp4"));

        var job = capture.JobSpan;
        Assert.Equal(SoraTelemetry.ActivitySourceName, job.Source.Name);
        Assert.Equal(ActivityKind.Internal, job.Kind);
        Assert.Equal(ActivityStatusCode.Unset, job.Status);
        Assert.Equal(result.Job.Id, job.GetTagItem("sora.video.id"));
        Assert.Equal("openai", job.GetTagItem("sora.provider"));
        Assert.Equal(result.Job.Model.Value, job.GetTagItem("sora.model"));
        Assert.Equal("1280x720", job.GetTagItem("sora.size"));
        Assert.Equal("8", job.GetTagItem("sora.seconds"));
        Assert.Equal("completed", job.GetTagItem("sora.status"));

        var http = capture.HttpSpans;
        Assert.All(http, span => Assert.Equal(job.SpanId, span.ParentSpanId));
        Assert.Equal(http.Count, job.GetTagItem("sora.attempts"));
        var polls = http.Count(s => (string?)s.GetTagItem("sora.operation") == SoraOperations.GetVideo.OperationId);
        Assert.True(polls > 0);
        Assert.Equal(polls, job.GetTagItem("sora.polls"));
        Assert.Equal(["createVideo", "getVideo", "downloadVideoContent"], http.Select(s => (string)s.GetTagItem("sora.operation")!).Distinct());

        var create = http[0];
        Assert.Equal("POST /videos", create.DisplayName);
        Assert.Equal("POST", create.GetTagItem("http.request.method"));
        Assert.Equal("/videos", create.GetTagItem("url.template"));
        Assert.Equal(200, create.GetTagItem("http.response.status_code"));
        Assert.Equal(gateway.Emulator.BaseAddress.Host, create.GetTagItem("server.address"));
        Assert.Equal(gateway.Emulator.BaseAddress.Port, create.GetTagItem("server.port"));

        var poll = http[1];
        Assert.Equal("GET /videos/{video_id}", poll.DisplayName);
        Assert.Equal("/videos/{video_id}", poll.GetTagItem("url.template"));
        Assert.Equal("GET /videos/{video_id}/content", http[^1].DisplayName);
        Assert.DoesNotContain(capture.Texts(), text => text.Contains(result.Job.Id, StringComparison.Ordinal) && !text.StartsWith("sora.video.id=", StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Texts(), text => text.Contains("http://", StringComparison.OrdinalIgnoreCase));

        var duration = Assert.Single(capture.Of("sora.client.job.duration"));
        Assert.Equal("s", duration.Unit);
        Assert.False(string.IsNullOrEmpty(duration.Description));
        Assert.True(duration.Value > 0);
        Assert.Equal(("openai", "completed"), (duration.Tag("sora.provider"), duration.Tag("sora.status")));
        Assert.Equal(polls, Assert.Single(capture.Of("sora.client.job.polls")).Value);
    }

    [Fact]
    public async Task ADownload_AddsItsBytes_TaggedByVariant()
    {
        using var capture = new TelemetryCapture();
        await using var gateway = await EmulatedGateway.StartAsync(s_provider);
        using var folder = new TempFolder();

        var result = await gateway.Client.GenerateAsync(Request(), folder.File("heron.mp4"));
        var thumbnail = await gateway.Client.DownloadContentToFileAsync(result.Job.Id, folder.File("heron.webp"), "thumbnail");

        var bytes = capture.Of("sora.client.download.bytes");
        Assert.All(bytes, m => Assert.Equal("By", m.Unit));
        Assert.Equal(result.Download.Length, Assert.Single(bytes, m => m.Tag("sora.variant") == "video").Value);
        Assert.Equal(thumbnail.Length, Assert.Single(bytes, m => m.Tag("sora.variant") == "thumbnail").Value);
    }

    [Fact]
    public async Task ARetriedCall_ShowsItsAttempts_AndARetryMeasurementWithItsReason()
    {
        using var capture = new TelemetryCapture();
        await using var gateway = await EmulatedGateway.StartAsync(s_provider);
        gateway.Emulator.Faults.Enqueue(new EmulatorFault(EmulatorFaultKind.RateLimit, SoraOperations.CreateVideo.OperationId) { RetryAfter = TimeSpan.FromMilliseconds(10) });
        gateway.Emulator.Faults.Enqueue(new EmulatorFault(EmulatorFaultKind.ServerError, SoraOperations.GetVideo.OperationId));
        using var folder = new TempFolder();

        await gateway.Client.GenerateAsync(Request(), folder.File("heron.mp4"));

        var http = capture.HttpSpans;
        var creates = http.Where(s => s.DisplayName == "POST /videos").ToArray();
        Assert.Equal(2, creates.Length);
        Assert.Equal((429, "429", ActivityStatusCode.Error), (creates[0].GetTagItem("http.response.status_code"), creates[0].GetTagItem("error.type"), creates[0].Status));
        Assert.Equal((200, ActivityStatusCode.Unset), (creates[1].GetTagItem("http.response.status_code"), creates[1].Status));
        Assert.Single(http, s => s.GetTagItem("http.response.status_code") is int status && status >= 500);
        Assert.Equal(http.Count, capture.JobSpan.GetTagItem("sora.attempts"));

        var retries = capture.Of("sora.client.retries");
        Assert.All(retries, m => Assert.Equal("{retry}", m.Unit));
        Assert.Equal(
            [("429", "createVideo"), ("5xx", "getVideo")],
            retries.Select(m => (m.Tag("sora.retry.reason"), m.Tag("sora.operation"))).Order());
    }

    [Fact]
    public async Task AFailedJob_EndsItsSpanWithErrorStatus_AndItsFinalStatus()
    {
        using var capture = new TelemetryCapture();
        await using var gateway = await EmulatedGateway.StartAsync(s_provider, emulator => emulator.FailJob = _ => new VideoError("moderation_blocked", "Blocked: " + Prompt));
        using var folder = new TempFolder();

        await Assert.ThrowsAsync<SoraJobFailedException>(() => gateway.Client.GenerateAsync(Request(), folder.File("heron.mp4")));

        var job = capture.JobSpan;
        Assert.Equal(ActivityStatusCode.Error, job.Status);
        Assert.Equal(typeof(SoraJobFailedException).FullName, job.GetTagItem("error.type"));
        Assert.Equal("failed", job.GetTagItem("sora.status"));
        Assert.DoesNotContain(capture.HttpSpans, s => s.GetTagItem("sora.operation") is "downloadVideoContent");
        var duration = Assert.Single(capture.Of("sora.client.job.duration"));
        Assert.Equal((typeof(SoraJobFailedException).FullName, "failed"), (duration.Tag("error.type"), duration.Tag("sora.status")));
        Assert.DoesNotContain(capture.Texts(), text => text.Contains("heron", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ACancelledJob_EndsItsSpanWithErrorStatus()
    {
        using var capture = new TelemetryCapture();
        await using var gateway = await EmulatedGateway.StartAsync(s_provider);
        using var folder = new TempFolder();
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            gateway.Client.GenerateAsync(Request(), folder.File("heron.mp4"), new ProgressCallback<Video>(_ => cancel.Cancel()), cancel.Token));

        var job = capture.JobSpan;
        Assert.Equal(ActivityStatusCode.Error, job.Status);
        Assert.True(typeof(OperationCanceledException).IsAssignableFrom(Type.GetType((string)job.GetTagItem("error.type")!)));
        Assert.Single(capture.Of("sora.client.job.duration"));
    }

    private static CreateVideoRequest Request() =>
        new CreateVideoRequest.Builder(Prompt).WithSize("1280x720").WithSeconds("8").Build(s_provider);
}
