using System.Net;
using Sora.Contracts;
using Sora.Emulator.Faults;

namespace Sora.Emulator.Tests.Server;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task RateLimit_Is429InTheEnvelopeWithRetryAfter_AndCreatesNothing()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        emulator.Faults.Enqueue(new EmulatorFault(EmulatorFaultKind.RateLimit) { RetryAfter = TimeSpan.FromSeconds(7) });

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a cat"}"""));

        Assert.Equal("rate_limit_exceeded", (await EmulatorHttp.ErrorOf(response, 429)).Code);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Empty(emulator.Jobs);
        Assert.Equal(1, emulator.Faults.Injected[EmulatorFaultKind.RateLimit]);
    }

    [Fact]
    public async Task ServerErrorAndProxyPage_Are500EnvelopeAnd502Html()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        emulator.Faults.Enqueue(new EmulatorFault(EmulatorFaultKind.ServerError));
        emulator.Faults.Enqueue(new EmulatorFault(EmulatorFaultKind.ProxyErrorPage));

        using var server = await http.SendAsync(HttpMethod.Get, "/videos");
        using var proxy = await http.SendAsync(HttpMethod.Get, "/videos");

        Assert.Equal("server_error", (await EmulatorHttp.ErrorOf(server, 500)).Code);
        Assert.Equal(HttpStatusCode.BadGateway, proxy.StatusCode);
        Assert.Equal("text/html", proxy.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DropConnection_CutsTheRequestBeforeItIsProcessed()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        emulator.Faults.Enqueue(new EmulatorFault(EmulatorFaultKind.DropConnection, SoraOperations.CreateVideo.OperationId));

        await Assert.ThrowsAsync<HttpRequestException>(() => http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a cat"}""")));

        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task DropAfterProcessing_CreatesTheJobButTheClientNeverHearsOfIt()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        emulator.Faults.Enqueue(new EmulatorFault(EmulatorFaultKind.DropAfterProcessing, SoraOperations.CreateVideo.OperationId));

        await Assert.ThrowsAsync<HttpRequestException>(() => http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a cat"}""")));

        Assert.Single(emulator.Jobs);
    }

    [Fact]
    public async Task TruncateBody_AnnouncesTheFullLengthAndStopsHalfway()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { TimeProvider = clock });
        using var http = new EmulatorHttp(emulator);
        var video = await http.CreateAsync("""{"prompt":"a cat"}""");
        clock.Advance(TimeSpan.FromMinutes(1));
        emulator.Faults.Enqueue(new EmulatorFault(EmulatorFaultKind.TruncateBody, SoraOperations.DownloadVideoContent.OperationId));

        using var response = await http.Client.SendAsync(http.Request(HttpMethod.Get, $"/videos/{video.Id}/content"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(emulator.GetMedia(video.Id, "video")!.Length, response.Content.Headers.ContentLength);

        await Assert.ThrowsAnyAsync<Exception>(() => response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Slow_AnswersOnlyAfterTheDelayOnTheEmulatorClock()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        emulator.Faults.Enqueue(new EmulatorFault(EmulatorFaultKind.Slow) { Delay = TimeSpan.FromMilliseconds(400) });

        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var response = await http.SendAsync(HttpMethod.Get, "/videos");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(390), watch.Elapsed.ToString());
    }

    [Fact]
    public async Task RandomMix_IsRepeatableForASeed_AndOnlyHitsTheTargetedOperation()
    {
        var first = await Draw(seed: 5);
        var second = await Draw(seed: 5);

        Assert.Equal(first, second);
        Assert.InRange(first.Count(hit => hit), 10, 40);

        static async Task<List<bool>> Draw(int seed)
        {
            await using var emulator = await SoraEmulator.StartAsync();
            using var http = new EmulatorHttp(emulator);
            emulator.Faults.InjectRandomly(0.5, seed, new EmulatorFault(EmulatorFaultKind.ServerError, SoraOperations.ListVideos.OperationId));
            var hits = new List<bool>();
            for (var i = 0; i < 50; i++)
            {
                using var list = await http.SendAsync(HttpMethod.Get, "/videos");
                hits.Add(list.StatusCode == HttpStatusCode.InternalServerError);
            }

            using var models = await http.SendAsync(HttpMethod.Get, "/models");
            Assert.Equal(HttpStatusCode.OK, models.StatusCode);
            return hits;
        }
    }

    [Fact]
    public void InjectRandomly_RefusesABadProbabilityOrAnEmptyMix()
    {
        var faults = new EmulatorFaults();

        Assert.Throws<ArgumentOutOfRangeException>(() => faults.InjectRandomly(1.5, 1, new EmulatorFault(EmulatorFaultKind.Slow)));
        Assert.Throws<ArgumentException>(() => faults.InjectRandomly(0.5, 1));
    }
}
