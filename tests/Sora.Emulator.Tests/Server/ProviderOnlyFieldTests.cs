using System.Net;
using Sora.Contracts;

namespace Sora.Emulator.Tests.Server;

/// <summary>The emulator takes a provider-only field from the profiles the spec lists for it, and refuses it elsewhere.</summary>
public sealed class ProviderOnlyFieldTests
{
    [Fact]
    public async Task VllmOmni_TakesEveryFieldOfItsDocument_AsFormText()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("vllm-omni") });
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Form(
            """{"prompt":"a lake","negative_prompt":"blur","seed":42,"fps":16,"num_frames":80,"generate_sound":true}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(emulator.Jobs);
    }

    [Fact]
    public async Task SgLang_TakesFpsAndNumFramesAsJson_AndRefusesASeed()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("sglang") });
        using var http = new EmulatorHttp(emulator);

        var video = await http.CreateAsync("""{"prompt":"a lake","fps":16,"num_frames":80}""");
        using var refused = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a lake","seed":42}"""));

        Assert.NotNull(video.Id);
        var error = await EmulatorHttp.ErrorOf(refused, 400);
        Assert.Equal(("seed", "unsupported_parameter"), (error.Param, error.Code));
        Assert.Equal("seed is not accepted by provider sglang (only by vllm-omni)", error.Message);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("azure")]
    [InlineData("gptge")]
    public async Task AProfileThatTakesNone_RefusesEachWith400_AndStoresNoJob(string id)
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get(id) });
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a lake","fps":16,"generate_sound":false}"""));

        var error = await EmulatorHttp.ErrorOf(response, 400);
        Assert.Equal("unsupported_parameter", error.Code);
        Assert.Contains(error.Param, new[] { "fps", "generate_sound" });
        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task AFormNumberThatIsNotANumber_IsA400NamingIt()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("vllm-omni") });
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Form("""{"prompt":"a lake","seed":"forty-two"}"""));

        var error = await EmulatorHttp.ErrorOf(response, 400);
        Assert.Contains("seed", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Jobs);
    }
}
