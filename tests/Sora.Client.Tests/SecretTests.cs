using System.Net;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>The API key appears in no exception, no log entry and no ToString, whatever goes wrong.</summary>
public sealed class SecretTests
{
    public static TheoryData<string> Scenarios => new()
    {
        "api error", "html error", "connect refused", "timeout on create", "reset", "bad body", "job failed",
        "polling timeout", "truncated download", "wrong content type", "insecure video url", "target exists", "validation",
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task TheKeyIsInNoExceptionAndNoLogEntry(string scenario)
    {
        using var rig = new TestRig(o => o.Polling.Timeout = TimeSpan.FromMinutes(1));
        using var dir = new TempDirectory();
        var job = new Video("video_1", "sora-2", VideoStatus.Lifecycle.Success) { VideoUrl = "http://cdn.example.net/x.mp4" };
        Func<Task> act = scenario switch
        {
            "api error" => Script(rig, Responses.Error(HttpStatusCode.Unauthorized, "Incorrect API key provided: " + TestRig.Key, "invalid_api_key"), () => rig.Client.GetAsync("video_1")),
            "html error" => Script(rig, new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("<b>" + TestRig.Key + "</b>") }, () => rig.Client.ListModelsAsync()),
            "connect refused" => Fail(rig, new HttpRequestException(HttpRequestError.ConnectionError, "refused"), () => rig.Client.GetAsync("video_1")),
            "timeout on create" => Fail(rig, new TaskCanceledException("timeout", new TimeoutException()), () => rig.Client.CreateAsync(new CreateVideoRequest("A cat"))),
            "reset" => Fail(rig, new HttpRequestException(HttpRequestError.ResponseEnded, "reset"), () => rig.Client.DeleteAsync("video_1")),
            "bad body" => Script(rig, Responses.Json("{\"echo\":\"" + TestRig.Key + "\""), () => rig.Client.GetAsync("video_1")),
            "job failed" => Script(rig, Responses.Job("video_1", "failed", errorCode: "bad", errorMessage: "key " + TestRig.Key), () => rig.Client.WaitForCompletionAsync("video_1")),
            "polling timeout" => Script(rig, Responses.Job("video_1", "in_progress"), () => rig.Client.WaitForCompletionAsync("video_1")),
            "truncated download" => Script(rig, Responses.BrokenMedia(Responses.Mp4(100), 10), () => rig.Client.DownloadContentToFileAsync("video_1", dir.File("a.mp4"))),
            "wrong content type" => Script(rig, Responses.Media(Responses.Mp4(10), "text/html"), () => rig.Client.DownloadContentToFileAsync("video_1", dir.File("a.mp4"))),
            "insecure video url" => () => rig.Client.DownloadAsync(job, dir.File("a.mp4")),
            "target exists" => () => { File.WriteAllText(dir.File("a.mp4"), ""); return rig.Client.DownloadContentToFileAsync("video_1", dir.File("a.mp4")); },
            "validation" => () => rig.Client.CreateAsync(new CreateVideoRequest(TestRig.Key) { Size = "1x1" }),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        var e = await Assert.ThrowsAnyAsync<Exception>(act);

        Assert.DoesNotContain(TestRig.Key, e.Message);
        if (e is SoraException)
        {
            Assert.DoesNotContain(TestRig.Key, e.ToString());
        }

        Assert.All(rig.Logger.Entries, entry =>
        {
            Assert.DoesNotContain(TestRig.Key, entry);
            Assert.DoesNotContain("Bearer", entry);
        });
    }

    [Fact]
    public async Task LogsNameMethodPathAndStatusButNoHeaderOrQuery()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Job("video_1")).Then(Responses.Media(Responses.Mp4(10)));

        await rig.Client.GetAsync("video_1");
        await rig.Client.DownloadAsync(new Video("video_1", "sora-2", VideoStatus.Lifecycle.Success) { VideoUrl = "https://cdn.example.net/x.mp4?sig=SIGNED" }, dir.File("a.mp4"));

        Assert.Contains(rig.Logger.Entries, e => e.Contains("getVideo: GET /v1/videos/video_1 returned 200"));
        Assert.Contains(rig.Logger.Entries, e => e.Contains("GET /x.mp4 returned 200"));
        Assert.All(rig.Logger.Entries, e => Assert.DoesNotContain("SIGNED", e));
        Assert.All(rig.Logger.Entries, e => Assert.DoesNotContain(TestRig.Key, e));
    }

    [Fact]
    public void TheClientsToStringHoldsNoKey()
    {
        using var rig = new TestRig();

        Assert.DoesNotContain(TestRig.Key, rig.Client.ToString());
        Assert.DoesNotContain(TestRig.Key, rig.Options.ToString());
    }

    private static Func<Task> Script(TestRig rig, HttpResponseMessage response, Func<Task> act)
    {
        rig.Handler.Otherwise = _ => response;
        return act;
    }

    private static Func<Task> Fail(TestRig rig, Exception failure, Func<Task> act)
    {
        rig.Handler.Otherwise = _ => throw failure;
        return act;
    }
}
