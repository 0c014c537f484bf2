using System.Net;
using System.Text.Json;
using Sora.Contracts;

namespace Sora.Emulator.Tests.Server;

/// <summary>The emulator plays the live profiles' operations, SGLang's FastAPI error body and LiteLLM's list hint.</summary>
public sealed class LiveServerRulesTests
{
    [Theory]
    [InlineData("vllm-omni")]
    [InlineData("sglang")]
    public async Task ARemix_IsNotServed_AsForNewApi(string id)
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get(id) });
        using var http = new EmulatorHttp(emulator);
        var video = await http.CreateAsync("""{"prompt":"a cat"}""");

        using var remix = await http.SendAsync(HttpMethod.Post, $"/videos/{video.Id}/remix", EmulatorHttp.Json("""{"prompt":"again"}"""));
        using var list = await http.SendAsync(HttpMethod.Get, "/videos");

        Assert.Equal(HttpStatusCode.NotFound, remix.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Single(emulator.Jobs);
    }

    [Fact]
    public async Task SGLang_AnswersAnErrorWithoutAField_AsATextDetail()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("sglang") });
        using var http = new EmulatorHttp(emulator);

        using var missing = await http.SendAsync(HttpMethod.Get, "/videos/video_missing");
        using var remix = await http.SendAsync(HttpMethod.Post, "/videos/video_missing/remix", EmulatorHttp.Json("""{"prompt":"again"}"""));

        foreach (var (answer, status) in new[] { (missing, 404), (remix, 404) })
        {
            Assert.Equal(status, (int)answer.StatusCode);
            using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
            var detail = Assert.Single(body.RootElement.EnumerateObject());
            Assert.Equal("detail", detail.Name);
            Assert.Equal(JsonValueKind.String, detail.Value.ValueKind);
        }
    }

    [Fact]
    public async Task SGLang_AnswersAFieldError_AsOneIssueLocatedInTheBody()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("sglang") });
        using var http = new EmulatorHttp(emulator);

        using var answer = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("""{"prompt":"a cat","seed":7}"""));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var body = JsonSerializer.Deserialize(await answer.Content.ReadAsStringAsync(), SoraJsonContext.Default.DetailErrorResponse)!;
        var issue = Assert.Single(body.Detail.EnumerateArray()).Deserialize(SoraJsonContext.Default.ValidationIssue)!;
        Assert.Equal(["body", "seed"], issue.Loc!.Select(l => l.GetString()));
        Assert.Equal("unsupported_parameter", issue.Type);
        Assert.Contains("seed", issue.Msg);
        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task LiteLlm_RefusesAListWithoutTheUpstream_InTheEnvelope()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("litellm") });
        using var http = new EmulatorHttp(emulator);

        using var without = await http.SendAsync(HttpMethod.Get, "/videos");
        using var blank = await http.SendAsync(HttpMethod.Get, "/videos?custom_llm_provider=");
        using var with = await http.SendAsync(HttpMethod.Get, "/videos?custom_llm_provider=openai");

        foreach (var refused in new[] { without, blank })
        {
            var error = await EmulatorHttp.ErrorOf(refused, 400);
            Assert.Equal(("custom_llm_provider", "missing_required"), (error.Param, error.Code));
        }

        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }
}
