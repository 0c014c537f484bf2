using System.Net;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests;

/// <summary>The key goes only to the base address's origin: not to a media URL elsewhere, not along a redirect.</summary>
public sealed class MediaUrlAndRedirectTests
{
    private static Video Finished(string? videoUrl) =>
        new("task_1", "sora-2", VideoStatus.Lifecycle.Success) { VideoUrl = videoUrl };

    private static void AssertNoKey(RecordedRequest request)
    {
        Assert.Null(request.Header("Authorization"));
        Assert.Null(request.Header("api-key"));
        Assert.DoesNotContain(TestRig.Key, request.Everything);
    }

    [Fact]
    public async Task AVideoUrlOnAnotherHostIsFetchedWithoutTheKey()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Mp4(50)));

        await rig.Client.DownloadAsync(Finished("https://cdn.example.net/videos/output.mp4?sig=abc"), dir.File("out.mp4"));

        var request = Assert.Single(rig.Handler.Requests);
        Assert.Equal("https://cdn.example.net/videos/output.mp4?sig=abc", request.Uri.AbsoluteUri);
        AssertNoKey(request);
    }

    [Fact]
    public async Task AVideoUrlOnAnotherHostGetsNoApiKeyHeaderEither()
    {
        using var rig = new TestRig(o => o.Provider = SoraProvider.Azure);
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Mp4(50)));

        await rig.Client.DownloadAsync(Finished("https://cdn.example.net/output.mp4"), dir.File("out.mp4"));

        AssertNoKey(rig.Handler.Requests[0]);
    }

    [Fact]
    public async Task AVideoUrlOnTheBaseHostCarriesTheKey()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Mp4(50)));

        await rig.Client.DownloadAsync(Finished("https://api.example.test/files/output.mp4"), dir.File("out.mp4"));

        Assert.Equal("Bearer " + TestRig.Key, rig.Handler.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task ARelativeVideoUrlIsResolvedAgainstTheBaseAndCarriesTheKey()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Mp4(50)));

        await rig.Client.DownloadAsync(Finished("/files/output.mp4"), dir.File("out.mp4"));

        Assert.Equal("https://api.example.test/files/output.mp4", rig.Handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal("Bearer " + TestRig.Key, rig.Handler.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task AnotherPortIsAnotherOrigin()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Mp4(50)));

        await rig.Client.DownloadAsync(Finished("https://api.example.test:8443/output.mp4"), dir.File("out.mp4"));

        AssertNoKey(rig.Handler.Requests[0]);
    }

    [Fact]
    public async Task WithoutAVideoUrlTheContentEndpointIsUsed()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Mp4(50)));

        await rig.Client.DownloadAsync(Finished(null), dir.File("out.mp4"));

        Assert.Equal("https://api.example.test/v1/videos/task_1/content", rig.Handler.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task AnotherVariantUsesTheContentEndpointEvenWithAVideoUrl()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Jpeg(50), "image/jpeg"));

        await rig.Client.DownloadAsync(Finished("https://cdn.example.net/output.mp4"), dir.File("sheet.jpg"), "spritesheet");

        Assert.Equal("https://api.example.test/v1/videos/task_1/content?variant=spritesheet", rig.Handler.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task AVideoUrlThatIsNotHttpFallsBackToTheContentEndpoint()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Mp4(50)));

        await rig.Client.DownloadAsync(Finished("file:///etc/passwd"), dir.File("out.mp4"));

        Assert.Equal("api.example.test", rig.Handler.Requests[0].Uri.Host);
    }

    [Fact]
    public async Task APlainHttpVideoUrlToARemoteHostIsRefused()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadAsync(Finished("http://cdn.example.net/output.mp4?token=s3cr3t"), dir.File("out.mp4")));

        Assert.Equal(SoraDownloadFailure.InsecureUrl, e.Failure);
        Assert.Contains("http://cdn.example.net/output.mp4", e.Message);
        Assert.DoesNotContain("s3cr3t", e.Message);
        Assert.Empty(rig.Handler.Requests);
        Assert.Empty(dir.Names);
    }

    [Fact]
    public async Task APlainHttpVideoUrlIsAllowedWithTheFlag()
    {
        using var rig = new TestRig(o => o.AllowInsecureHttp = true);
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Mp4(50)));

        await rig.Client.DownloadAsync(Finished("http://cdn.example.net/output.mp4"), dir.File("out.mp4"));

        AssertNoKey(rig.Handler.Requests[0]);
    }

    [Fact]
    public async Task APlainHttpVideoUrlOnLoopbackIsAllowed()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Mp4(50)));

        await rig.Client.DownloadAsync(Finished("http://127.0.0.1:5000/output.mp4"), dir.File("out.mp4"));

        Assert.Single(rig.Handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.Found)]
    [InlineData(HttpStatusCode.TemporaryRedirect)]
    [InlineData(HttpStatusCode.MovedPermanently)]
    public async Task ARedirectToAnotherHostDropsTheBearerKey(HttpStatusCode status)
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        var bytes = Responses.Mp4(80);
        rig.Handler.Then(Responses.Redirect("https://storage.example.org/blob/1.mp4?sig=x", status)).Then(Responses.Media(bytes));

        var result = await rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4"));

        Assert.Equal(bytes, await File.ReadAllBytesAsync(result.Path));
        Assert.Equal("Bearer " + TestRig.Key, rig.Handler.Requests[0].Header("Authorization"));
        Assert.Equal("storage.example.org", rig.Handler.Requests[1].Uri.Host);
        AssertNoKey(rig.Handler.Requests[1]);
    }

    [Fact]
    public async Task ARedirectToAnotherHostDropsTheApiKeyHeader()
    {
        using var rig = new TestRig(o => o.Provider = SoraProvider.Azure);
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Redirect("https://storage.example.org/blob/1.mp4")).Then(Responses.Media(Responses.Mp4(80)));

        await rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4"));

        Assert.Equal(TestRig.Key, rig.Handler.Requests[0].Header("api-key"));
        AssertNoKey(rig.Handler.Requests[1]);
    }

    [Fact]
    public async Task ARelativeRedirectStaysOnTheOriginAndKeepsTheKey()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Redirect("/v1/files/abc")).Then(Responses.Media(Responses.Mp4(80)));

        await rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4"));

        Assert.Equal("https://api.example.test/v1/files/abc", rig.Handler.Requests[1].Uri.AbsoluteUri);
        Assert.Equal("Bearer " + TestRig.Key, rig.Handler.Requests[1].Header("Authorization"));
    }

    [Fact]
    public async Task ARedirectToPlainHttpIsRefused()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Redirect("http://api.example.test/v1/files/abc"));

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4")));

        Assert.Equal(SoraDownloadFailure.InsecureUrl, e.Failure);
        Assert.Single(rig.Handler.Requests);
        Assert.Empty(dir.Names);
    }

    [Fact]
    public async Task EndlessRedirectsAreCutOff()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Otherwise = _ => Responses.Redirect("/v1/again");

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4")));

        Assert.Equal(SoraDownloadFailure.BadRedirect, e.Failure);
        Assert.Equal(6, rig.Handler.Requests.Count);
        Assert.Empty(dir.Names);
    }

    [Fact]
    public async Task ARedirectOnAnApiCallIsAnErrorNotFollowed()
    {
        using var rig = new TestRig();
        rig.Handler.Then(Responses.Redirect("https://elsewhere.example.org/v1/videos/video_1"));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        Assert.Equal(302, e.StatusCode);
        Assert.Single(rig.Handler.Requests);
    }
}
