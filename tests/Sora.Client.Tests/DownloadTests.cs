using System.Net;
using Sora.Client.Tests.Infrastructure;

namespace Sora.Client.Tests;

/// <summary>Downloads land at the target only when complete and checked; a failure leaves neither target nor temporary file.</summary>
public sealed class DownloadTests
{
    [Fact]
    public async Task ACompleteDownloadIsMovedIntoPlace()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        var bytes = Responses.Mp4(200_000);
        string? partName = null;
        rig.Handler.Then(_ =>
        {
            partName = Assert.Single(dir.Names);
            return Responses.Media(bytes);
        });

        var result = await rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4"));

        Assert.Equal(dir.File("out.mp4"), result.Path);
        Assert.Equal(200_000, result.Length);
        Assert.Equal("video/mp4", result.ContentType);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(result.Path));
        Assert.Equal(["out.mp4"], dir.Names);
        Assert.Matches(@"^\.out\.mp4\.[0-9a-f]{12}\.part$", partName);
    }

    [Fact]
    public async Task ALengthShortOfTheAnnouncedOneIsRetriedFromScratch()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        var bytes = Responses.Mp4(5000);
        rig.Handler.Then(Responses.Media(bytes[..3000], announcedLength: 5000)).Then(Responses.Media(bytes));

        var result = await rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4"));

        Assert.Equal(bytes, await File.ReadAllBytesAsync(result.Path));
        Assert.Equal(2, rig.Handler.Requests.Count);
    }

    [Fact]
    public async Task ABodyThatBreaksOffIsRetriedFromScratch()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        var bytes = Responses.Mp4(100_000);
        rig.Handler.Then(Responses.BrokenMedia(bytes, sent: 40_000)).Then(Responses.Media(bytes));

        var result = await rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4"));

        Assert.Equal(bytes, await File.ReadAllBytesAsync(result.Path));
        Assert.Equal(["out.mp4"], dir.Names);
    }

    [Fact]
    public async Task ABodyThatKeepsBreakingOffLeavesNothing()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        var bytes = Responses.Mp4(10_000);
        rig.Handler.Otherwise = _ => Responses.BrokenMedia(bytes, sent: 4000);

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4")));

        Assert.Equal(SoraDownloadFailure.Truncated, e.Failure);
        Assert.Equal("video_1", e.VideoId);
        Assert.Contains("4000 bytes of 10000", e.Message);
        Assert.Empty(dir.Names);
        Assert.Equal(4, rig.Handler.Requests.Count);
    }

    [Fact]
    public async Task MoreBytesThanAnnouncedIsAMismatchAndLeavesNothing()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Mp4(600), announcedLength: 500));

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4")));

        Assert.Equal(SoraDownloadFailure.LengthMismatch, e.Failure);
        Assert.Empty(dir.Names);
        Assert.Single(rig.Handler.Requests);
    }

    [Fact]
    public async Task TheWrongContentTypeLeavesNothing()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media("<html>Please log in</html>"u8.ToArray(), "text/html"));

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4")));

        Assert.Equal(SoraDownloadFailure.ContentTypeMismatch, e.Failure);
        Assert.Contains("expected video/mp4", e.Message);
        Assert.Contains("text/html", e.Message);
        Assert.Empty(dir.Names);
    }

    [Fact]
    public async Task TheContentTypeIsCheckedAgainstTheRequestedVariant()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Bytes(10), "video/mp4"));

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("thumb.webp"), "thumbnail"));

        Assert.Equal(SoraDownloadFailure.ContentTypeMismatch, e.Failure);
        Assert.Contains("expected image/webp", e.Message);
    }

    [Theory]
    [InlineData("application/octet-stream")]
    [InlineData(null)]
    public async Task AGenericOrMissingContentTypeIsAccepted(string? contentType)
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Mp4(10), contentType));

        var result = await rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4"));

        Assert.Equal(10, result.Length);
    }

    [Fact]
    public async Task AnUnknownVariantIsNotCheckedForAMediaType()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Media(Responses.Bytes(10), "model/gltf-binary"));

        var result = await rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.glb"), "mesh");

        Assert.Equal("model/gltf-binary", result.ContentType);
        Assert.Equal("?variant=mesh", rig.Handler.Requests[0].Uri.Query);
    }

    [Fact]
    public async Task CancellationMidBodyLeavesNothing()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        using var cancel = new CancellationTokenSource();
        rig.Handler.Then(_ =>
        {
            var response = Responses.Media(Responses.Mp4(1000));
            response.Content = new StreamContent(new CancellingStream(Responses.Mp4(1000), cancel));
            response.Content.Headers.ContentLength = 1000;
            return response;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4"), cancellationToken: cancel.Token));

        Assert.Empty(dir.Names);
    }

    [Fact]
    public async Task AnErrorStatusLeavesNothing()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(Responses.Error(HttpStatusCode.NotFound, "Video is not ready"));

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4")));

        Assert.Equal("downloadVideoContent", e.OperationId);
        Assert.Empty(dir.Names);
    }

    [Fact]
    public async Task AnExistingTargetIsRefusedBeforeAnythingIsFetched()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(dir.File("out.mp4"), "precious");

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4")));

        Assert.Equal(SoraDownloadFailure.TargetExists, e.Failure);
        Assert.Contains("out.mp4", e.Message);
        Assert.Empty(rig.Handler.Requests);
        Assert.Equal("precious", await File.ReadAllTextAsync(dir.File("out.mp4")));
    }

    [Fact]
    public async Task ATargetThatAppearsDuringTheDownloadIsNotClobbered()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        rig.Handler.Then(_ =>
        {
            File.WriteAllText(dir.File("out.mp4"), "someone else's");
            return Responses.Media(Responses.Mp4(10));
        });

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4")));

        Assert.Equal(SoraDownloadFailure.TargetExists, e.Failure);
        Assert.Equal("someone else's", await File.ReadAllTextAsync(dir.File("out.mp4")));
        Assert.Equal(["out.mp4"], dir.Names);
    }

    [Fact]
    public async Task OverwriteReplacesAnExistingTargetOnlyOnSuccess()
    {
        using var rig = new TestRig();
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(dir.File("out.mp4"), "old");
        var bytes = Responses.Mp4(64);
        rig.Handler.Then(Responses.Media(bytes, "text/html")).Then(Responses.Media(bytes));

        await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4"), overwrite: true));
        Assert.Equal("old", await File.ReadAllTextAsync(dir.File("out.mp4")));

        await rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4"), overwrite: true);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(dir.File("out.mp4")));
        Assert.Equal(["out.mp4"], dir.Names);
    }

    [Fact]
    public async Task ASeekableStreamIsResetBeforeARetry()
    {
        using var rig = new TestRig();
        var bytes = Responses.Mp4(1000);
        rig.Handler.Then(Responses.BrokenMedia(bytes, sent: 700)).Then(Responses.Media(bytes));
        using var destination = new MemoryStream();
        destination.Write([1, 2, 3]);

        var length = await rig.Client.DownloadContentAsync("video_1", destination);

        Assert.Equal(1000, length);
        Assert.Equal([1, 2, 3, .. bytes], destination.ToArray());
    }

    [Fact]
    public async Task AStreamThatCannotSeekIsNotWrittenTwice()
    {
        using var rig = new TestRig();
        var bytes = Responses.Mp4(1000);
        rig.Handler.Then(Responses.BrokenMedia(bytes, sent: 700)).Then(Responses.Media(bytes));
        using var inner = new MemoryStream();
        await using var destination = new ForwardOnlyStream(inner);

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentAsync("video_1", destination));

        Assert.Equal(SoraDownloadFailure.Truncated, e.Failure);
        Assert.Single(rig.Handler.Requests);
        Assert.Equal(700, inner.Length);
    }

    private sealed class CancellingStream(byte[] bytes, CancellationTokenSource cancel) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position > 0)
            {
                cancel.Cancel();
                cancellationToken.ThrowIfCancellationRequested();
            }

            return base.ReadAsync(buffer[..Math.Min(100, buffer.Length)], cancellationToken);
        }
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
