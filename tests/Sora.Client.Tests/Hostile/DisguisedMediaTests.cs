using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;

namespace Sora.Client.Tests.Hostile;

/// <summary>
/// An error page served as the media, whatever its Content-Type claims, is refused by its first bytes: nothing at the
/// target, no temporary file, not a byte in a caller's stream, and no second request.
/// </summary>
public sealed class DisguisedMediaTests
{
    public static TheoryData<string, string?, string> Pages => new()
    {
        { Replies.HtmlPage, "application/octet-stream", "an HTML page" },
        { Replies.HtmlPage, null, "an HTML page" },
        { Replies.HtmlPage, "video/mp4", "an HTML page" },
        { "\n\n  " + Replies.HtmlPage, "video/mp4", "an HTML page" },
        { Replies.JsonError, "application/octet-stream", "a JSON document" },
        { Replies.JsonError, null, "a JSON document" },
        { Replies.JsonError, "video/mp4", "a JSON document" },
        { "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code></Error>", "application/octet-stream", "an XML document" },
        { "Forbidden", null, "plain text" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task APageServedAsTheVideoIsRefusedAndNothingIsLeftOnDisk(string page, string? contentType, string looksLike)
    {
        await using var rig = await HostileRig.StartAsync(context => Replies.Text(context, page, contentType));
        using var dir = new TempDirectory();

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("video.mp4")));

        Assert.Equal(SoraDownloadFailure.SignatureMismatch, e.Failure);
        Assert.Contains("the body starts like " + looksLike + ", not video/mp4", e.Message);
        Assert.Empty(dir.Names);
        Assert.Single(rig.Gateway.Calls);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task APageServedAsTheVideoNeverReachesACallersStream(string page, string? contentType, string looksLike)
    {
        await using var rig = await HostileRig.StartAsync(context => Replies.Text(context, page, contentType));
        using var destination = new MemoryStream();

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentAsync("video_1", destination));

        Assert.Contains(looksLike, e.Message);
        Assert.Equal(0, destination.Length);
    }

    [Fact]
    public async Task GenerateRefusesAPageServedAsTheFinishedVideo()
    {
        await using var rig = await HostileRig.StartAsync(context => context.Request.Path.Value!.EndsWith("/content", StringComparison.Ordinal)
            ? Replies.Text(context, Replies.HtmlPage, "application/octet-stream")
            : Replies.Json(context, Replies.Job("video_1", "completed")));
        using var dir = new TempDirectory();

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.GenerateAsync(new CreateVideoRequest("A cat"), dir.File("video.mp4")));

        Assert.Equal(SoraDownloadFailure.SignatureMismatch, e.Failure);
        Assert.Equal("video_1", e.VideoId);
        Assert.Empty(dir.Names);
    }

    public static TheoryData<string, byte[], string> OtherMedia => new()
    {
        { "thumbnail", Responses.Jpeg(500), "a JPEG image, not image/webp" },
        { "spritesheet", Responses.WebP(500), "a WebP image, not image/jpeg" },
        { "video", Responses.WebP(500), "a WebP image, not video/mp4" },
    };

    [Theory]
    [MemberData(nameof(OtherMedia))]
    public async Task MediaOfAnotherTypeIsRefusedForTheVariant(string variant, byte[] body, string message)
    {
        await using var rig = await HostileRig.StartAsync(context => Replies.Bytes(context, body, "application/octet-stream"));
        using var dir = new TempDirectory();

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("asset"), variant));

        Assert.Contains(message, e.Message);
        Assert.Empty(dir.Names);
    }

    [Theory]
    [InlineData("thumbnail")]
    [InlineData("spritesheet")]
    [InlineData("video")]
    public async Task TheRealMediaOfEachVariantIsAccepted(string variant)
    {
        var body = VideoContentVariant.KnownValues.Single(v => v.Value == variant).MediaType switch
        {
            "image/webp" => Responses.WebP(500),
            "image/jpeg" => Responses.Jpeg(500),
            _ => Responses.Mp4(500),
        };
        await using var rig = await HostileRig.StartAsync(context => Replies.Bytes(context, body, null));
        using var dir = new TempDirectory();

        var result = await rig.Client.DownloadContentToFileAsync("video_1", dir.File("asset"), variant);

        Assert.Equal(body, await File.ReadAllBytesAsync(result.Path));
    }

    [Fact]
    public async Task ABodyTooShortToBeAnMp4IsRefused()
    {
        await using var rig = await HostileRig.StartAsync(context => Replies.Bytes(context, [0, 0, 0, 8, (byte)'f'], "video/mp4"));
        using var dir = new TempDirectory();

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("video.mp4")));

        Assert.Contains("only 5 bytes long, too short to be video/mp4", e.Message);
        Assert.Empty(dir.Names);
    }

    [Fact]
    public async Task AVariantWithoutASignatureStillRefusesAnHtmlPage()
    {
        await using var rig = await HostileRig.StartAsync(context => Replies.Text(context, Replies.HtmlPage, "application/octet-stream"));
        using var dir = new TempDirectory();

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("mesh.glb"), "mesh"));

        Assert.Equal(SoraDownloadFailure.SignatureMismatch, e.Failure);
        Assert.Contains("starts like an HTML page, not media", e.Message);
        Assert.Empty(dir.Names);
    }
}
