using System.ClientModel;
using System.Text;
using System.Text.Json;
using OpenAI.Videos;
using Sora.Contracts;
using Sora.Contracts.Http;
using Sora.Emulator.Media;
using Sora.Emulator.Tests.Server;

#pragma warning disable OPENAI001 // VideoClient is marked experimental by the OpenAI package; talking to it is the point.

namespace Sora.Emulator.Tests.Interop;

/// <summary>
/// The official OpenAI NuGet package's VideoClient, pointed at the emulator: proof that the emulator speaks the real
/// protocol (paths, auth, bodies, content types), not only our own client's dialect.
/// </summary>
public sealed class OpenAiVideoClientTests
{
    [Fact]
    public async Task VideoClient_CreatesWithOurJson_PollsAndDownloadsTheSameBytesTheEmulatorServes()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { TimeProvider = clock });
        var client = ClientFor(emulator);
        var request = new CreateVideoRequest("A cat on a motorcycle at night") { Size = "1280x720", Seconds = "8" };
        using var json = SoraHttpContent.CreateJson(request);

        var created = Parse(await client.CreateVideoAsync(BinaryContent.Create(BinaryData.FromBytes(await json.ReadAsByteArrayAsync())), "application/json"));
        Assert.Equal("queued", created.Status.Value);

        clock.Advance(TimeSpan.FromMinutes(2));
        var done = Parse(await client.GetVideoAsync(created.Id));
        Assert.Equal(("completed", 100), (done.Status.Value, done.Progress));

        var video = await client.DownloadVideoAsync(created.Id, "video");
        Assert.Equal("video/mp4", video.GetRawResponse().Headers.TryGetValue("Content-Type", out var type) ? type : null);
        Assert.Equal(emulator.GetMedia(created.Id, "video"), video.GetRawResponse().Content.ToArray());

        var thumbnail = await client.DownloadVideoAsync(created.Id, "thumbnail");
        Assert.Equal(emulator.GetMedia(created.Id, "thumbnail"), thumbnail.GetRawResponse().Content.ToArray());
    }

    [Fact]
    public async Task VideoClient_CreatesWithOurMultipart_ImageToVideo()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("ezmodel") });
        var client = ClientFor(emulator);
        var image = FileUpload.FromBytes(EmulatorMedia.Create("image/webp", 720, 1280, 1, 3)!, "frame.webp");
        var request = new CreateVideoRequest("The cat starts walking") { Size = "720x1280", InputReference = image };
        using var multipart = SoraHttpContent.CreateMultipart(request);

        var created = Parse(await client.CreateVideoAsync(
            BinaryContent.Create(BinaryData.FromBytes(await multipart.ReadAsByteArrayAsync())), multipart.Headers.ContentType!.ToString()));

        Assert.Equal("720x1280", created.Size!.Value.Value);
        Assert.Single(emulator.Jobs);
    }

    [Fact]
    public async Task VideoClient_ListsRemixesAndDeletes()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { TimeProvider = clock });
        var client = ClientFor(emulator);
        var first = Parse(await client.CreateVideoAsync(Json("""{"prompt":"one"}"""), "application/json"));
        clock.Advance(TimeSpan.FromMinutes(2));

        var remix = Parse(await client.CreateVideoRemixAsync(first.Id, Json("""{"prompt":"one, at dawn"}"""), "application/json"));
        Assert.Equal(first.Id, remix.RemixedFromVideoId);

        // VideoClient 2.15.0 fetches one page and offers no continuation, so the cursor is followed by hand.
        var listed = new List<string>();
        string? after = null;
        do
        {
            var page = await client.GetVideosAsync(limit: 1, order: "asc", after: after).GetRawPagesAsync().SingleAsync();
            var list = JsonSerializer.Deserialize(page.GetRawResponse().Content.ToString(), SoraJsonContext.Default.VideoList)!;
            listed.AddRange(list.Data.Select(v => v.Id));
            after = list.HasMore == true ? list.LastId : null;
        }
        while (after is not null);

        Assert.Equal(new[] { first.Id, remix.Id }, listed);

        var deleted = await client.DeleteVideoAsync(first.Id);
        Assert.Contains("\"deleted\":true", deleted.GetRawResponse().Content.ToString(), StringComparison.Ordinal);
        Assert.Equal(new[] { remix.Id }, emulator.Jobs.Select(j => j.Id));
    }

    [Fact]
    public async Task VideoClient_WithAWrongKey_GetsA401ItReportsAsAnError()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        var client = new VideoClient(new ApiKeyCredential("not-the-key"), new VideoClientOptions { Endpoint = emulator.BaseAddress });

        var error = await Assert.ThrowsAsync<ClientResultException>(() => client.GetVideoAsync("video_x"));

        Assert.Equal(401, error.Status);
    }

    private static VideoClient ClientFor(SoraEmulator emulator) =>
        new(new ApiKeyCredential(emulator.ApiKey), new VideoClientOptions { Endpoint = emulator.BaseAddress });

    private static BinaryContent Json(string json) => BinaryContent.Create(BinaryData.FromBytes(Encoding.UTF8.GetBytes(json)));

    private static Video Parse(ClientResult result) =>
        JsonSerializer.Deserialize(result.GetRawResponse().Content.ToString(), SoraJsonContext.Default.Video)!;
}
