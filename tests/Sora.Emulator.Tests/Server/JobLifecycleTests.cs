using System.Net;
using Sora.Contracts;

namespace Sora.Emulator.Tests.Server;

public sealed class JobLifecycleTests
{
    private static SoraEmulatorOptions Options(ManualClock clock) => new()
    {
        Provider = SoraProvider.Get("gptge"),
        TimeProvider = clock,
        QueuedFor = TimeSpan.FromSeconds(10),
        RunningFor = TimeSpan.FromSeconds(100),
    };

    [Fact]
    public async Task AJob_MovesFromQueuedThroughInProgressWithRisingProgressToCompleted_OnTheEmulatorClock()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(Options(clock));
        using var http = new EmulatorHttp(emulator);

        var created = await http.CreateAsync("""{"prompt":"a cat","size":"1280x720","seconds":"8"}""");
        Assert.Equal("queued", created.Status.Value);
        Assert.Equal(0, created.Progress);
        Assert.StartsWith("video_", created.Id, StringComparison.Ordinal);
        Assert.Equal("sora-2", created.Model.Value);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds(), created.CreatedAt);

        var progress = new List<int>();
        clock.Advance(TimeSpan.FromSeconds(10));
        for (var i = 0; i < 10; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(9));
            var running = await http.GetAsync(created.Id);
            Assert.Equal("in_progress", running.Status.Value);
            progress.Add(running.Progress!.Value);
        }

        Assert.Equal(progress.OrderBy(p => p), progress);
        Assert.True(progress[0] >= 1 && progress[^1] <= 99, string.Join(",", progress));

        clock.Advance(TimeSpan.FromSeconds(10));
        var done = await http.GetAsync(created.Id);
        Assert.Equal("completed", done.Status.Value);
        Assert.Equal(100, done.Progress);
        Assert.Equal(created.CreatedAt + 110, done.CompletedAt);
        Assert.Null(done.ExpiresAt);
        Assert.Null(done.Error);
        Assert.Equal("a cat", done.Prompt);
        Assert.Equal("1280x720", done.Size!.Value.Value);
        Assert.Equal("8", done.Seconds!.Value.Value);
    }

    [Fact]
    public async Task AJobChosenToFail_EndsFailedWithItsErrorObject()
    {
        var clock = new ManualClock();
        var options = Options(clock);
        options.FailJob = request => request.Prompt.Contains("forbidden", StringComparison.Ordinal)
            ? new VideoError("moderation_blocked", "The prompt was blocked.")
            : null;
        await using var emulator = await SoraEmulator.StartAsync(options);
        using var http = new EmulatorHttp(emulator);

        var failing = await http.CreateAsync("""{"prompt":"something forbidden"}""");
        var fine = await http.CreateAsync("""{"prompt":"something fine"}""");
        clock.Advance(TimeSpan.FromMinutes(5));

        var failed = await http.GetAsync(failing.Id);
        Assert.Equal("failed", failed.Status.Value);
        Assert.Equal("moderation_blocked", failed.Error!.Code);
        Assert.Equal("The prompt was blocked.", failed.Error.Message);
        Assert.Equal("completed", (await http.GetAsync(fine.Id)).Status.Value);

        using var content = await http.SendAsync(HttpMethod.Get, $"/videos/{failing.Id}/content");
        Assert.Equal("video_not_ready", (await EmulatorHttp.ErrorOf(content, 404)).Code);
    }

    [Fact]
    public async Task ContentOfAnUnfinishedJob_Is404WithAClearMessage_AndNeverPartialMedia()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(Options(clock));
        using var http = new EmulatorHttp(emulator);
        var created = await http.CreateAsync("""{"prompt":"a cat"}""");

        using var response = await http.SendAsync(HttpMethod.Get, $"/videos/{created.Id}/content");

        var error = await EmulatorHttp.ErrorOf(response, 404);
        Assert.Equal("video_not_ready", error.Code);
        Assert.Contains("queued", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAfterOption_SendsTheOpenAiHintOnlyWhileTheJobRuns()
    {
        var clock = new ManualClock();
        var options = Options(clock);
        options.PollAfter = TimeSpan.FromSeconds(12);
        await using var emulator = await SoraEmulator.StartAsync(options);
        using var http = new EmulatorHttp(emulator);
        var created = await http.CreateAsync("""{"prompt":"a cat"}""");

        using var running = await http.SendAsync(HttpMethod.Get, "/videos/" + created.Id);
        clock.Advance(TimeSpan.FromMinutes(3));
        using var done = await http.SendAsync(HttpMethod.Get, "/videos/" + created.Id);

        Assert.Equal("12000", Assert.Single(running.Headers.GetValues("openai-poll-after-ms")));
        Assert.False(done.Headers.Contains("openai-poll-after-ms"));
    }

    [Fact]
    public async Task UnknownIds_Are404InTheEnvelope_ForGetDeleteContentAndRemix()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);

        foreach (var (method, path, body) in new (HttpMethod, string, HttpContent?)[]
        {
            (HttpMethod.Get, "/videos/video_nope", null),
            (HttpMethod.Delete, "/videos/video_nope", null),
            (HttpMethod.Get, "/videos/video_nope/content", null),
            (HttpMethod.Post, "/videos/video_nope/remix", EmulatorHttp.Json("""{"prompt":"again"}""")),
        })
        {
            using var response = await http.SendAsync(method, path, body);
            var error = await EmulatorHttp.ErrorOf(response, 404);
            Assert.Equal("video_not_found", error.Code);
            Assert.Contains("video_nope", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Remix_OfACompletedJob_MakesANewJobWithTheSourcesSettingsAndItsId()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(Options(clock));
        using var http = new EmulatorHttp(emulator);
        var source = await http.CreateAsync("""{"prompt":"a cat","model":"sora-2-pro","size":"1792x1024","seconds":"12"}""");

        using var early = await http.SendAsync(HttpMethod.Post, $"/videos/{source.Id}/remix", EmulatorHttp.Json("""{"prompt":"a dog"}"""));
        Assert.Equal("video_not_ready", (await EmulatorHttp.ErrorOf(early, 400)).Code);

        clock.Advance(TimeSpan.FromMinutes(5));
        using var response = await http.SendAsync(HttpMethod.Post, $"/videos/{source.Id}/remix", EmulatorHttp.Json("""{"prompt":"a dog"}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var remix = System.Text.Json.JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), SoraJsonContext.Default.Video)!;

        Assert.NotEqual(source.Id, remix.Id);
        Assert.Equal(source.Id, remix.RemixedFromVideoId);
        Assert.Equal(("a dog", "sora-2-pro", "1792x1024", "12"), (remix.Prompt, remix.Model.Value, remix.Size!.Value.Value, remix.Seconds!.Value.Value));
        Assert.Equal("queued", remix.Status.Value);
    }
}
