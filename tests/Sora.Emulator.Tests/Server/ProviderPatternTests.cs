using System.Net;
using Sora.Contracts;

namespace Sora.Emulator.Tests.Server;

/// <summary>The emulator plays a profile that widens a property by a pattern: vLLM-Omni takes any WxH size, ezmodel keeps its list.</summary>
public sealed class ProviderPatternTests
{
    [Fact]
    public async Task VllmOmni_TakesASizeSecondsAndModelOutsideTheSpecsLists_AndEchoesThem()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("vllm-omni") });
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Form(
            """{"prompt":"a lake","model":"Wan-AI/Wan2.2-T2V-A14B","size":"832x480","seconds":"5"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var job = Assert.Single(emulator.Jobs);
        Assert.Equal(("Wan-AI/Wan2.2-T2V-A14B", "832x480", "5"), (job.Model.Value, job.Size?.Value, job.Seconds?.Value));
    }

    [Fact]
    public async Task VllmOmni_RefusesASizeItsPatternDoesNotMatch_With400()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("vllm-omni") });
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Form("""{"prompt":"a lake","size":"832 by 480"}"""));

        var error = await EmulatorHttp.ErrorOf(response, 400);
        Assert.Equal("size", error.Param);
        Assert.Equal("size must match the pattern ^[0-9]+x[0-9]+$ with provider vllm-omni", error.Message);
        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task Ezmodel_RefusesTheSizeVllmOmniTakes_With400()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("ezmodel") });
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a lake","size":"832x480"}"""));

        var error = await EmulatorHttp.ErrorOf(response, 400);
        Assert.Equal("size", error.Param);
        Assert.Equal("size must be 720x1280 or 1280x720 with provider ezmodel", error.Message);
        Assert.Empty(emulator.Jobs);
    }
}
