using System.Globalization;
using System.Text;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;
using Xunit.Abstractions;

namespace Sora.Client.Tests.Hostile;

/// <summary>
/// Bodies that never end, or announce more than the client will take: every read stops at its limit, once, without a
/// retry, with an error that names the limit and its option; the client's memory stays bounded by the limit, not by
/// what the server is willing to send; a download leaves nothing on disk.
/// </summary>
[Collection(nameof(MeasuredAlone))]
public sealed class EndlessBodyTests(ITestOutputHelper output)
{
    private const long MiB = 1024 * 1024;

    // Loopback socket buffers and the HTTP handler's drain of an abandoned body let a server get a few MiB more out
    // than the client reads; 64 MiB is far above that and far below an unbounded read.
    private const long SlackBytes = 64 * MiB;

    private const long HugeLength = 1_000_000_000_000;

    public static TheoryData<string> JsonCalls => new() { "get", "list", "create" };

    [Theory]
    [MemberData(nameof(JsonCalls))]
    public async Task AnEndlessJsonBodyIsCutAtTheDefaultLimit_ReadOnce_AndNotRetried(string call)
    {
        var head = call == "list" ? """{"object":"list","data":[{"id":"video_1","prompt":""" : """{"id":"video_1","object":"video","prompt":""";
        await using var rig = await HostileRig.StartAsync(context => Replies.EndlessAsync(context, "application/json", Encoding.UTF8.GetBytes(head)));
        var limit = rig.Options.MaxJsonResponseBytes;
        using var probe = ManagedMemoryProbe.Start();

        var e = await Assert.ThrowsAsync<SoraApiException>(() => JsonCall(rig.Client, call));

        probe.Stop();
        var total = await rig.BytesDeliveredAsync();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{call}: limit {limit} B; client peak managed growth {probe.PeakGrowth / (double)MiB:F1} MiB, allocated {probe.Allocated / (double)MiB:F1} MiB; delivered to the client {total / (double)MiB:F1} MiB; requests {rig.Gateway.Calls.Count}"));
        Assert.Equal(200, e.StatusCode);
        Assert.Contains("larger than the " + limit.ToString(CultureInfo.InvariantCulture) + " bytes SoraClientOptions.MaxJsonResponseBytes allows", e.Message);
        Assert.Equal(call == "create", e.RequestMayHaveBeenAccepted);
        Assert.Single(rig.Gateway.Calls);
        Assert.InRange(total, limit, limit + SlackBytes);
        Assert.InRange(probe.PeakGrowth, 0, 4L * limit);
    }

    [Fact]
    public async Task AJsonBodyAnnouncedAboveTheLimitIsRefusedBeforeAByteIsRead()
    {
        await using var rig = await HostileRig.StartAsync(context => Replies.EndlessAsync(context, "application/json", "{\"id\":\""u8.ToArray(), announced: HugeLength));
        using var probe = ManagedMemoryProbe.Start();

        var e = await Assert.ThrowsAsync<SoraApiException>(() => rig.Client.GetAsync("video_1"));

        probe.Stop();
        var total = await rig.BytesDeliveredAsync();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Content-Length {HugeLength}: client peak managed growth {probe.PeakGrowth / (double)MiB:F1} MiB; delivered to the client {total / (double)MiB:F1} MiB"));
        Assert.Contains("announces 1000000000000 bytes (Content-Length), more than the 33554432 bytes SoraClientOptions.MaxJsonResponseBytes allows", e.Message);
        Assert.Single(rig.Gateway.Calls);
        Assert.InRange(total, 0, SlackBytes);
        Assert.InRange(probe.PeakGrowth, 0, 16 * MiB);
    }

    [Theory]
    [InlineData("video/mp4")]
    [InlineData("application/octet-stream")]
    public async Task AnEndlessDownloadWithoutALengthStopsAtMaxDownloadBytes_AndLeavesNothing(string contentType)
    {
        const long Limit = 8 * MiB;
        await using var rig = await HostileRig.StartAsync(context => Replies.EndlessAsync(context, contentType, Responses.Mp4(64)), o => o.MaxDownloadBytes = Limit);
        using var dir = new TempDirectory();
        using var probe = ManagedMemoryProbe.Start();

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4")));

        probe.Stop();
        var total = await rig.BytesDeliveredAsync();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"download ({contentType}): limit {Limit} B; client peak managed growth {probe.PeakGrowth / (double)MiB:F1} MiB, allocated {probe.Allocated / (double)MiB:F1} MiB; delivered to the client {total / (double)MiB:F1} MiB; files left {dir.Names.Length}"));
        Assert.Equal(SoraDownloadFailure.TooLarge, e.Failure);
        Assert.Contains("grew past the 8388608 bytes SoraClientOptions.MaxDownloadBytes allows", e.Message);
        Assert.Empty(dir.Names);
        Assert.Single(rig.Gateway.Calls);
        Assert.InRange(total, Limit, Limit + SlackBytes);
        Assert.InRange(probe.PeakGrowth, 0, 2 * Limit);
    }

    [Fact]
    public async Task ADownloadAnnouncedAboveMaxDownloadBytesIsRefusedBeforeReading_AndLeavesNothing()
    {
        await using var rig = await HostileRig.StartAsync(context => Replies.EndlessAsync(context, "video/mp4", Responses.Mp4(64), announced: HugeLength));
        using var dir = new TempDirectory();

        var e = await Assert.ThrowsAsync<SoraDownloadException>(() => rig.Client.DownloadContentToFileAsync("video_1", dir.File("out.mp4")));

        Assert.Equal(SoraDownloadFailure.TooLarge, e.Failure);
        Assert.Contains("announced 1000000000000 bytes (Content-Length), more than the 1073741824 bytes SoraClientOptions.MaxDownloadBytes allows; nothing was read", e.Message);
        Assert.Empty(dir.Names);
        Assert.Single(rig.Gateway.Calls);
        Assert.InRange(await rig.BytesDeliveredAsync(), 0, SlackBytes);
    }

    private static Task JsonCall(SoraClient client, string call) => call switch
    {
        "get" => client.GetAsync("video_1"),
        "list" => client.ListPageAsync(),
        "create" => client.CreateAsync(new CreateVideoRequest("A cat")),
        _ => throw new ArgumentOutOfRangeException(nameof(call)),
    };
}
