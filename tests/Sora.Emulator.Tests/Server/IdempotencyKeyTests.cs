using System.Net;
using System.Text;
using System.Text.Json;
using Sora.Contracts;

namespace Sora.Emulator.Tests.Server;

/// <summary>
/// The <c>Idempotency-Key</c> header as draft-ietf-httpapi-idempotency-key-header-06 specifies it: one job per key,
/// 422 for a key reused with another body, 409 while the key's first request is in flight, 400 where it is required.
/// </summary>
public sealed class IdempotencyKeyTests
{
    [Fact]
    public async Task TheSameKeyAndBody_GetTheFirstAnswerAgain_AndMakeOneJob()
    {
        await using var emulator = await Start(EmulatorIdempotency.Honoured);
        using var http = new EmulatorHttp(emulator);

        var first = await CreateAsync(http, "\"k-1\"", """{"prompt":"a cat"}""");
        var second = await CreateAsync(http, "\"k-1\"", """{"prompt":"a cat"}""");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first.Body, second.Body);
        Assert.Single(emulator.Jobs);
    }

    [Fact]
    public async Task TheSameKeyAndFields_AsMultipartWithAnotherBoundary_AreTheSameRequest()
    {
        await using var emulator = await Start(EmulatorIdempotency.Honoured, profile: "unigateway");
        using var http = new EmulatorHttp(emulator);

        var first = await SendAsync(http, "k-form", Form("a", "a cat"));
        var second = await SendAsync(http, "k-form", Form("b", "a cat"));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first.Body, second.Body);
        Assert.Single(emulator.Jobs);
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBody_Is422InTheEnvelope_AndMakesNoJob()
    {
        await using var emulator = await Start(EmulatorIdempotency.Honoured);
        using var http = new EmulatorHttp(emulator);
        await CreateAsync(http, "k-2", """{"prompt":"a cat"}""");

        using var reused = await http.Client.SendAsync(Keyed(http, "k-2", EmulatorHttp.Json("""{"prompt":"a dog"}""")));

        Assert.Equal("idempotency_key_reused", (await EmulatorHttp.ErrorOf(reused, 422)).Code);
        Assert.Single(emulator.Jobs);
    }

    [Fact]
    public async Task AKeyReusedWhileItsFirstRequestIsInFlight_Is409_AndTheFirstStillMakesItsJob()
    {
        await using var emulator = await Start(EmulatorIdempotency.Honoured);
        using var http = new EmulatorHttp(emulator);
        var stalled = new StalledJson("""{"prompt":"a cat"}""");
        var firstTask = http.Client.SendAsync(Keyed(http, "k-3", stalled));
        await stalled.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        using var overtaking = await http.Client.SendAsync(Keyed(http, "k-3", EmulatorHttp.Json("""{"prompt":"a cat"}""")));
        stalled.Release.SetResult();
        using var first = await firstTask;

        Assert.Equal("idempotency_key_in_use", (await EmulatorHttp.ErrorOf(overtaking, 409)).Code);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Single(emulator.Jobs);
    }

    [Fact]
    public async Task WhereTheKeyIsRequired_ACreateWithoutItIs400_AndOneWithItMakesTheJob()
    {
        await using var emulator = await Start(EmulatorIdempotency.Required);
        using var http = new EmulatorHttp(emulator);

        using var bare = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a cat"}"""));
        Assert.Equal("idempotency_key_required", (await EmulatorHttp.ErrorOf(bare, 400)).Code);
        Assert.Empty(emulator.Jobs);

        Assert.Equal(HttpStatusCode.OK, (await CreateAsync(http, "k-4", """{"prompt":"a cat"}""")).Status);
        Assert.Single(emulator.Jobs);
    }

    [Fact]
    public async Task AFailedRequest_LeavesItsKeyFree_ForTheCorrectedRequest()
    {
        await using var emulator = await Start(EmulatorIdempotency.Honoured);
        using var http = new EmulatorHttp(emulator);

        var invalid = await CreateAsync(http, "k-5", """{"prompt":"a cat","seconds":"7"}""");
        var valid = await CreateAsync(http, "k-5", """{"prompt":"a cat"}""");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Equal(HttpStatusCode.OK, valid.Status);
        Assert.Single(emulator.Jobs);
    }

    [Fact]
    public async Task ARemixWithTheSameKey_IsOneRemix()
    {
        var clock = new ManualClock();
        await using var emulator = await Start(EmulatorIdempotency.Honoured, clock);
        using var http = new EmulatorHttp(emulator);
        var source = JsonSerializer.Deserialize((await CreateAsync(http, "k-src", """{"prompt":"a cat"}""")).Body, SoraJsonContext.Default.Video)!;
        clock.Advance(TimeSpan.FromMinutes(1));

        var first = await SendAsync(http, "k-remix", EmulatorHttp.Json("""{"prompt":"at dawn"}"""), $"/videos/{source.Id}/remix");
        var second = await SendAsync(http, "k-remix", EmulatorHttp.Json("""{"prompt":"at dawn"}"""), $"/videos/{source.Id}/remix");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(2, emulator.Jobs.Count);
    }

    [Fact]
    public async Task AProfileThatDoesNotHonourTheKey_MakesAJobPerRequest()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("gptge") });
        using var http = new EmulatorHttp(emulator);

        await CreateAsync(http, "k-6", """{"prompt":"a cat"}""");
        await CreateAsync(http, "k-6", """{"prompt":"a cat"}""");

        Assert.Equal(2, emulator.Jobs.Count);
    }

    private static Task<SoraEmulator> Start(EmulatorIdempotency mode, ManualClock? clock = null, string profile = "gptge") => SoraEmulator.StartAsync(new SoraEmulatorOptions
    {
        Provider = SoraProvider.Get(profile), IdempotencyKeys = mode, TimeProvider = clock ?? new ManualClock(), QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.FromSeconds(10),
    });

    private static Task<(HttpStatusCode Status, string Body)> CreateAsync(EmulatorHttp http, string key, string json) => SendAsync(http, key, EmulatorHttp.Json(json));

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(EmulatorHttp http, string key, HttpContent content, string path = "/videos")
    {
        using var response = await http.Client.SendAsync(Keyed(http, key, content, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage Keyed(EmulatorHttp http, string key, HttpContent content, string path = "/videos")
    {
        var request = http.Request(HttpMethod.Post, path, content);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return request;
    }

    private static MultipartFormDataContent Form(string boundary, string prompt) => new(boundary) { { new StringContent(prompt), "prompt" } };

    /// <summary>A JSON body that sends its first byte, then waits to be released: a request that stays in flight.</summary>
    private sealed class StalledJson : HttpContent
    {
        private readonly byte[] _bytes;

        public StalledJson(string json)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(_bytes.AsMemory(0, 1));
            await stream.FlushAsync();
            Started.SetResult();
            await Release.Task;
            await stream.WriteAsync(_bytes.AsMemory(1));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }
    }
}
