using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Sora.Contracts;

namespace Sora.Emulator.Tests.Server;

public sealed class ProviderProfileTests
{
    public static TheoryData<string> Profiles() => new(SoraProvider.All.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task EachProfile_ServesUnderItsBasePath_AndIssuesIdsWithItsPrefix(string id)
    {
        var provider = SoraProvider.Get(id);
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = provider });
        using var http = new EmulatorHttp(emulator);

        var video = await http.CreateAsync("""{"prompt":"a cat","size":"1280x720"}""");

        Assert.Equal("127.0.0.1", emulator.BaseAddress.Host);
        Assert.EndsWith(new Uri(provider.BaseUrl!.Replace("{resource}", "x", StringComparison.Ordinal).Replace("{host}", "x", StringComparison.Ordinal)).AbsolutePath.TrimEnd('/'), emulator.BaseAddress.AbsolutePath, StringComparison.Ordinal);
        Assert.StartsWith(provider.IdPrefix ?? string.Empty, video.Id, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task EachProfile_Answers401ForAMissingOrWrongKey_WithoutRepeatingTheKey(string id)
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get(id), ApiKey = "right-key" });
        using var http = new EmulatorHttp(emulator);

        using var missing = await http.SendAsync(HttpMethod.Get, "/models", key: "");
        using var wrong = await http.SendAsync(HttpMethod.Get, "/models", key: "wrong-key-123");

        // A FastAPI server's text detail (SGLang) carries no code.
        Assert.Equal(emulator.Provider.ErrorSchema is null ? "invalid_api_key" : null, (await EmulatorHttp.ErrorOf(missing, 401)).Code);
        var error = await EmulatorHttp.ErrorOf(wrong, 401);
        Assert.DoesNotContain("wrong-key-123", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("right-key", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vllm-omni", "json")]
    [InlineData("gptge", "form")]
    public async Task AProfile_RefusesACreateBodyInAFormItsDocumentDoesNotList(string id, string form)
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get(id) });
        using var http = new EmulatorHttp(emulator);
        const string Body = """{"prompt":"a cat"}""";
        using HttpContent body = form == "json" ? EmulatorHttp.Json(Body) : EmulatorHttp.Form(Body);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", body);

        Assert.Equal("unsupported_content_type", (await EmulatorHttp.ErrorOf(response, 415)).Code);
        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task Azure_TakesTheKeyInTheApiKeyHeader_NotAsABearerToken()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("azure"), ApiKey = "k" });
        using var http = new EmulatorHttp(emulator);
        using var bearer = new HttpRequestMessage(HttpMethod.Get, http.Url("/videos"));
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "k");

        using var asBearer = await http.Client.SendAsync(bearer);
        using var asApiKey = await http.SendAsync(HttpMethod.Get, "/videos");

        Assert.Equal(HttpStatusCode.Unauthorized, asBearer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asApiKey.StatusCode);
        Assert.Equal("/openai/v1", emulator.BaseAddress.AbsolutePath);
    }

    [Theory]
    [InlineData("ezmodel", """{"prompt":"a cat","model":"sora-2-pro","size":"1792x1024"}""", "size", "unsupported_by_provider")]
    [InlineData("azure", """{"prompt":"a cat","model":"sora-2-pro"}""", "model", "unsupported_by_provider")]
    [InlineData("gptge", """{"prompt":"a cat","seconds":"5"}""", "seconds", "invalid_value")]
    public async Task AProfile_RejectsWhatItsDocumentDoesNotAllow_WithTheValidatorsParamAndCode(string id, string json, string param, string code)
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get(id) });
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json(json));

        var error = await EmulatorHttp.ErrorOf(response, 400);
        Assert.Equal((param, code, "invalid_request_error"), (error.Param, error.Code, error.Type));
    }

    [Fact]
    public async Task UniGateway_AcceptsItsOwnFiveSeconds_WhichTheBaseContractRefuses()
    {
        await using var uni = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("unigateway") });
        await using var reference = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("openai") });
        using var uniHttp = new EmulatorHttp(uni);
        using var referenceHttp = new EmulatorHttp(reference);

        var video = await uniHttp.CreateAsync("""{"prompt":"a cat","seconds":"5"}""");
        using var refused = await referenceHttp.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a cat","seconds":"5"}"""));

        Assert.Equal("5", video.Seconds!.Value.Value);
        Assert.Equal("seconds", (await EmulatorHttp.ErrorOf(refused, 400)).Param);
    }

    [Fact]
    public async Task Ezmodel_AllowsTwoRunningJobs_ThenAnswers429WithRetryAfterUntilOneEnds()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions
        {
            Provider = SoraProvider.Get("ezmodel"), TimeProvider = clock, QueuedFor = TimeSpan.FromSeconds(5), RunningFor = TimeSpan.FromSeconds(60),
        });
        using var http = new EmulatorHttp(emulator);
        await http.CreateAsync("""{"prompt":"one"}""");
        clock.Advance(TimeSpan.FromSeconds(20));
        await http.CreateAsync("""{"prompt":"two"}""");

        using var third = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"three"}"""));
        var error = await EmulatorHttp.ErrorOf(third, 429);
        Assert.Equal("concurrent_jobs_limit", error.Code);
        Assert.Equal(TimeSpan.FromSeconds(45), third.Headers.RetryAfter?.Delta);
        Assert.Equal(2, emulator.Jobs.Count);

        clock.Advance(TimeSpan.FromSeconds(45));
        await http.CreateAsync("""{"prompt":"three"}""");
        Assert.Equal(3, emulator.Jobs.Count);
    }

    [Fact]
    public async Task Ezmodel_AssetsExpireAfterTheProfilesLifetime_AndExpiresAtSaysWhen()
    {
        var clock = new ManualClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions
        {
            Provider = SoraProvider.Get("ezmodel"), TimeProvider = clock, QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.FromSeconds(30),
        });
        using var http = new EmulatorHttp(emulator);
        var created = await http.CreateAsync("""{"prompt":"a cat"}""");
        clock.Advance(TimeSpan.FromSeconds(30));

        var done = await http.GetAsync(created.Id);
        Assert.Equal(done.CompletedAt + 86400, done.ExpiresAt);
        using (var fresh = await http.SendAsync(HttpMethod.Get, $"/videos/{created.Id}/content"))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        clock.Advance(TimeSpan.FromHours(24));
        using var expired = await http.SendAsync(HttpMethod.Get, $"/videos/{created.Id}/content");
        Assert.Equal("video_expired", (await EmulatorHttp.ErrorOf(expired, 404)).Code);
    }

    [Fact]
    public async Task Models_ListWhatTheProfileAllows_OrEveryKnownModel()
    {
        await using var gptge = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("gptge") });
        await using var reference = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("openai") });

        Assert.Equal(new[] { "sora-2", "sora-2-pro" }, await ModelIds(gptge));
        Assert.Equal(VideoModel.KnownValues.Select(m => m.Value), await ModelIds(reference));
    }

    private static async Task<IEnumerable<string>> ModelIds(SoraEmulator emulator)
    {
        using var http = new EmulatorHttp(emulator);
        using var response = await http.SendAsync(HttpMethod.Get, "/models");
        var list = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), SoraJsonContext.Default.ModelList)!;
        return list.Data.Select(m => m.Id).ToList();
    }
}
