using System.Net;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>Polling a job through the client, on a virtual clock.</summary>
public sealed class WaitForCompletionTests
{
    private sealed class Reports : IProgress<Video>
    {
        public List<Video> Seen { get; } = [];

        public void Report(Video value) => Seen.Add(value);
    }

    [Fact]
    public async Task PollsUntilCompletedAndReportsEveryPoll()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Job("video_1", "queued")).Then(Responses.Job("video_1", "in_progress", 40)).Then(Responses.Job("video_1", "completed"));
        var reports = new Reports();

        var job = await rig.Client.WaitForCompletionAsync("video_1", reports);

        Assert.Equal(VideoStatus.Lifecycle.Success, job.Status);
        Assert.Equal(["queued", "in_progress", "completed"], reports.Seen.Select(v => v.Status.Value));
        Assert.Equal([0, 40, 100], reports.Seen.Select(v => v.Progress ?? -1));
        Assert.All(rig.Handler.Requests, r => Assert.Equal("/v1/videos/video_1", r.Uri.AbsolutePath));
        Assert.All(rig.Handler.Requests, r => Assert.Equal("Bearer " + TestRig.Key, r.Header("Authorization")));
    }

    [Fact]
    public async Task TheFirstPollComesWithinTheSpecsWindowAndLaterOnesGrow()
    {
        using var rig = new TestRig(o => o.Polling.JitterFraction = 0);
        rig.Handler.Then(Responses.Job("v", "in_progress")).Then(Responses.Job("v", "in_progress")).Then(Responses.Job("v", "in_progress")).Then(Responses.Job("v", "completed"));

        await rig.Client.WaitForCompletionAsync("v");

        var delays = rig.Time.Delays;
        Assert.Equal(4, delays.Count);
        Assert.InRange(delays[0], SoraPolling.FirstPollMin, SoraPolling.FirstPollMax);
        Assert.Equal([15, 22.5, 33.75], delays.Skip(1).Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task APollAfterHeaderSetsTheNextDelay()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Job("v", "in_progress").WithHeader("openai-poll-after-ms", "2500")).Then(Responses.Job("v", "completed"));

        await rig.Client.WaitForCompletionAsync("v");

        Assert.Equal(TimeSpan.FromMilliseconds(2500), rig.Time.Delays[1]);
    }

    [Fact]
    public async Task ARateLimitWhilePollingWaitsForRetryAfterAndPollingGoesOn()
    {
        using var rig = new TestRig();
        rig.Handler
            .Then(Responses.Error(HttpStatusCode.TooManyRequests, "slow").WithRetryAfter(TimeSpan.FromSeconds(20)))
            .Then(Responses.Job("v", "completed"));

        var job = await rig.Client.WaitForCompletionAsync("v");

        Assert.Equal("completed", job.Status.Value);
        Assert.Equal(2, rig.Handler.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(20), rig.Time.Delays[1]);
    }

    [Fact]
    public async Task ServerErrorsAndBrokenConnectionsWhilePollingDoNotEndTheWait()
    {
        using var rig = new TestRig();
        rig.Handler
            .Then(Responses.Error(HttpStatusCode.InternalServerError, "oops"))
            .ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError, "refused"))
            .Then(Responses.Job("v", "completed"));

        var job = await rig.Client.WaitForCompletionAsync("v");

        Assert.Equal("v", job.Id);
        Assert.Equal(3, rig.Handler.Requests.Count);
        Assert.Contains(rig.Logger.Entries, e => e.Contains("poll failed (HTTP 500)"));
    }

    [Fact]
    public async Task AMissingJobEndsTheWaitAtOnce()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Error(HttpStatusCode.NotFound, "No video found", "not_found"));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.WaitForCompletionAsync("v"));

        Assert.Equal(404, e.StatusCode);
        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task AnUnknownStatusIsNotTakenAsFinal()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Job("v", "rendering")).Then(Responses.Job("v", "completed"));

        await rig.Client.WaitForCompletionAsync("v");

        Assert.Equal(2, rig.Handler.Requests.Count);
    }

    [Theory]
    [InlineData("failed")]
    [InlineData("cancelled")]
    public async Task AJobThatEndsWithoutSuccessThrowsWithTheJob(string status)
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Job("v", "in_progress")).Then(Responses.Job("v", status, errorCode: "moderation_blocked", errorMessage: "The prompt was blocked."));

        var e = await Assert.ThrowsAsync<SoraJobFailedException>(() => rig.Client.WaitForCompletionAsync("v"));

        Assert.Equal("v", e.VideoId);
        Assert.Equal(status, e.Job.Status.Value);
        Assert.Equal("moderation_blocked", e.Error?.Code);
        Assert.Contains("moderation_blocked: The prompt was blocked.", e.Message);
        Assert.Contains("ended with status " + status, e.Message);
    }

    [Fact]
    public async Task TheOverallTimeoutThrowsWithTheVideoIdAndTheLastStatus()
    {
        using var rig = new TestRig(o => o.Polling.Timeout = TimeSpan.FromMinutes(3));
        rig.Handler.Otherwise = _ => Responses.Job("video_slow", "in_progress", 12);
        var started = rig.Time.GetUtcNow();

        var e = await Assert.ThrowsAsync<SoraTimeoutException>(() => rig.Client.WaitForCompletionAsync("video_slow"));

        Assert.Equal("video_slow", e.VideoId);
        Assert.Equal(TimeSpan.FromMinutes(3), e.Timeout);
        Assert.Equal(12, e.LastSeen?.Progress);
        Assert.Contains("video_slow", e.Message);
        Assert.Equal(TimeSpan.FromMinutes(3), rig.Time.GetUtcNow() - started);
    }

    [Fact]
    public async Task ATenMinuteJobCostsAtMostFifteenGets()
    {
        using var rig = new TestRig();
        var done = rig.Time.GetUtcNow().AddMinutes(10);
        rig.Handler.Otherwise = _ => Responses.Job("v", rig.Time.GetUtcNow() >= done ? "completed" : "in_progress");

        await rig.Client.WaitForCompletionAsync("v");

        Assert.InRange(rig.Handler.Requests.Count, 10, 15);
        Assert.InRange(rig.Time.GetUtcNow() - done, TimeSpan.Zero, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task CancellingTheWaitStopsPolling()
    {
        using var rig = new TestRig();
        using var cancel = new CancellationTokenSource();
        rig.Handler.Then(_ =>
        {
            cancel.Cancel();
            return Responses.Job("v", "in_progress");
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rig.Client.WaitForCompletionAsync("v", cancellationToken: cancel.Token));

        Assert.Single(rig.Handler.Requests);
    }
}
