using System.Net;
using Sora.Contracts;

namespace Sora.Emulator.Tests.Server;

/// <summary>The emulator plays the live servers' profiles as their documents describe them (spec/README.md).</summary>
public sealed class LiveServerProfileTests
{
    [Fact]
    public async Task WithNoProfileConfigured_TheEmulatorPlaysTheFirstProfileThatIsNotRetired()
    {
        await using var emulator = await SoraEmulator.StartAsync();

        Assert.Same(SoraProvider.Default, emulator.Provider);
        Assert.False(emulator.Provider.IsRetired);
        Assert.True(SoraProvider.All[0].IsRetired, "the test proves nothing if the first profile is live");
    }

    [Fact]
    public async Task NewApi_TakesMultipartOnly_AndServesOnlyCreateGetAndContent()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions
        {
            Provider = SoraProvider.Get("new-api"), TimeProvider = clock, QueuedFor = TimeSpan.FromSeconds(10), RunningFor = TimeSpan.FromSeconds(100),
        });
        using var http = new EmulatorHttp(emulator);

        using var json = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a cat"}"""));
        Assert.Equal("unsupported_content_type", (await EmulatorHttp.ErrorOf(json, 415)).Code);
        var video = await http.CreateAsync("""{"prompt":"a cat","seconds":"8"}""");

        using var list = await http.SendAsync(HttpMethod.Get, "/videos");
        using var delete = await http.SendAsync(HttpMethod.Delete, "/videos/" + video.Id);
        using var remix = await http.SendAsync(HttpMethod.Post, $"/videos/{video.Id}/remix", EmulatorHttp.Json("""{"prompt":"again"}"""));
        Assert.Equal("method_not_allowed", (await EmulatorHttp.ErrorOf(list, 405)).Code);
        Assert.Equal("method_not_allowed", (await EmulatorHttp.ErrorOf(delete, 405)).Code);
        Assert.Equal("not_found", (await EmulatorHttp.ErrorOf(remix, 404)).Code);
        Assert.Single(emulator.Jobs);

        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal("unknown", (await http.GetAsync(video.Id)).Status.Value);
        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal(VideoStatus.Lifecycle.Running, (await http.GetAsync(video.Id)).Status);
        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal(VideoStatus.Lifecycle.Success, (await http.GetAsync(video.Id)).Status);
        using var content = await http.SendAsync(HttpMethod.Get, $"/videos/{video.Id}/content");
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
    }

    [Fact]
    public async Task LiteLlm_TakesTheKeyAsBearerOrInItsOwnHeader_AndRefusesACreateWithoutAModel()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions
        {
            Provider = SoraProvider.Get("litellm"), ApiKey = "sk-1234", TimeProvider = clock, QueuedFor = TimeSpan.FromSeconds(10), RunningFor = TimeSpan.FromSeconds(100),
        });
        using var http = new EmulatorHttp(emulator);

        using var ownHeader = new HttpRequestMessage(HttpMethod.Get, http.Url("/models"));
        ownHeader.Headers.Add("x-litellm-api-key", "sk-1234");
        using var wrongOwnHeader = new HttpRequestMessage(HttpMethod.Get, http.Url("/models"));
        wrongOwnHeader.Headers.Add("x-litellm-api-key", "sk-9999");
        using (var accepted = await http.Client.SendAsync(ownHeader))
        using (var refused = await http.Client.SendAsync(wrongOwnHeader))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Equal("invalid_api_key", (await EmulatorHttp.ErrorOf(refused, 401)).Code);
        }

        using var noModel = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a cat"}"""));
        var error = await EmulatorHttp.ErrorOf(noModel, 400);
        Assert.Equal(("model", "missing_required"), (error.Param, error.Code));
        Assert.Empty(emulator.Jobs);

        var video = await http.CreateAsync("""{"prompt":"a cat","model":"sora-2","seconds":"16"}""");
        Assert.Equal("16", video.Seconds!.Value.Value);
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal("processing", (await http.GetAsync(video.Id)).Status.Value);
        clock.Advance(TimeSpan.FromSeconds(100));
        Assert.Equal(VideoStatus.Lifecycle.Success, (await http.GetAsync(video.Id)).Status);
    }
}
