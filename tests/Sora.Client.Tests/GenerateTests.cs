using System.Net;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>Create, wait, download in one call.</summary>
public sealed class GenerateTests
{
    private sealed class Reports : IProgress<Video>
    {
        public List<string> Seen { get; } = [];

        public void Report(Video value) => Seen.Add(value.Status.Value);
    }

    [Fact]
    public async Task CreatesWaitsAndDownloads()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        var bytes = Responses.Mp4(4096);
        rig.Handler
            .Then(Responses.Job("video_1", "queued"))
            .Then(Responses.Job("video_1", "in_progress", 50))
            .Then(Responses.Job("video_1", "completed"))
            .Then(Responses.Media(bytes));
        var reports = new Reports();

        var result = await rig.Client.GenerateAsync(new CreateVideoRequest("A cat"), dir.File("cat.mp4"), reports);

        Assert.Equal("video_1", result.Job.Id);
        Assert.Equal(VideoStatus.Lifecycle.Success, result.Job.Status);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(result.Download.Path));
        Assert.Equal(["queued", "in_progress", "completed"], reports.Seen);
        Assert.Equal(
            ["POST /v1/videos", "GET /v1/videos/video_1", "GET /v1/videos/video_1", "GET /v1/videos/video_1/content"],
            rig.Handler.Requests.Select(r => r.Method + " " + r.Uri.AbsolutePath));
        Assert.InRange(rig.Time.Delays[0], SoraPolling.FirstPollMin, SoraPolling.FirstPollMax);
    }

    [Fact]
    public async Task AVideoUrlOnACdnIsDownloadedWithoutTheKey()
    {
        using var rig = new TestRig(o => o.Provider = SoraProvider.Unigateway);
        using var dir = new TempDirectory();
        rig.Handler
            .Then(Responses.Job("task_1", "in_progress"))
            .Then(Responses.Job("task_1", "completed", videoUrl: "https://cdn.example.net/videos/output.mp4"))
            .Then(Responses.Media(Responses.Mp4(100)));

        await rig.Client.GenerateAsync(new CreateVideoRequest("A cat"), dir.File("cat.mp4"));

        var last = rig.Handler.Requests[^1];
        Assert.Equal("cdn.example.net", last.Uri.Host);
        Assert.Null(last.Header("Authorization"));
    }

    [Fact]
    public async Task AnExistingTargetIsRefusedBeforeTheJobIsCreated()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(dir.File("cat.mp4"), "mine");

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.GenerateAsync(new CreateVideoRequest("A cat"), dir.File("cat.mp4")));

        Assert.Equal(SoraDownloadFailure.TargetExists, e.Failure);
        Assert.Empty(rig.Handler.Requests);
        Assert.Equal("mine", await File.ReadAllTextAsync(dir.File("cat.mp4")));
    }

    [Fact]
    public async Task AJobThatIsFinishedAtCreationIsNotPolled()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Job("video_1", "completed")).Then(Responses.Media(Responses.Mp4(10)));

        await rig.Client.GenerateAsync(new CreateVideoRequest("A cat"), dir.File("cat.mp4"));

        Assert.Equal(2, rig.Handler.Requests.Count);
        Assert.Empty(rig.Time.Delays);
    }

    [Fact]
    public async Task AFailedJobDownloadsNothing()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Job("video_1")).Then(Responses.Job("video_1", "failed", errorCode: "internal_error"));

        var e = await Assert.ThrowsAsync<SoraJobFailedException>(() => rig.Client.GenerateAsync(new CreateVideoRequest("A cat"), dir.File("cat.mp4")));

        Assert.Equal("video_1", e.VideoId);
        Assert.Equal(2, rig.Handler.Requests.Count);
        Assert.Empty(dir.Names);
    }

    [Fact]
    public async Task AFailedDownloadNamesTheJobSoItCanBeFetchedAgain()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Job("video_1", "completed"));
        rig.Handler.Otherwise = _ => Responses.Error(HttpStatusCode.InternalServerError, "storage down");

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GenerateAsync(new CreateVideoRequest("A cat"), dir.File("cat.mp4")));

        Assert.Equal("video_1", e.VideoId);
        Assert.Empty(dir.Names);
    }

    [Fact]
    public async Task ACreateThatMayHaveBeenAcceptedIsNotRepeated()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Otherwise = _ => throw new TaskCanceledException("timeout", new TimeoutException());

        var e = await Assert.ThrowsAsync<SoraConnectionException>(() => rig.Client.GenerateAsync(new CreateVideoRequest("A cat"), dir.File("cat.mp4")));

        Assert.True(e.RequestMayHaveBeenAccepted);
        Assert.Single(rig.Handler.Requests);
    }
}
