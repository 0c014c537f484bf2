using System.Net;
using Sora.Contracts;
using Sora.Emulator.Http;
using Sora.Emulator.Tests.Hostile;

namespace Sora.Emulator.Tests.Server;

public sealed class ErrorEnvelopeTests
{
    [Fact]
    public async Task AWrongMethod_Is405InTheEnvelope_WithAnAllowHeaderNamingTheMethodsThePathTakes()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Patch, "/videos");

        var error = await EmulatorHttp.ErrorOf(response, 405);
        Assert.Equal("method_not_allowed", error.Code);
        Assert.Equal(new[] { "GET", "POST" }, response.Content.Headers.Allow.Order());
        Assert.Contains("PATCH", error.Message, StringComparison.Ordinal);
        Assert.Contains("GET, POST", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openai", "/v1/nothing")]
    [InlineData("openai", "/v1/videos/x/y/z")]
    [InlineData("openai", "/")]
    [InlineData("azure", "/v1/videos")]
    public async Task AnUnknownPath_OrOneOutsideTheBasePath_Is404InTheEnvelope(string profile, string path)
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get(profile) });
        using var http = new EmulatorHttp(emulator);
        using var request = http.Request(HttpMethod.Get, string.Empty);
        request.RequestUri = new Uri(emulator.BaseAddress.GetLeftPart(UriPartial.Authority) + path);

        using var response = await http.Client.SendAsync(request);

        var error = await EmulatorHttp.ErrorOf(response, 404);
        Assert.Equal("not_found", error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASevenThousandCharacterId_IsQuotedOnlyToTheCap_WithAnEllipsis()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        var id = new string('Z', 7000);

        using var response = await http.SendAsync(HttpMethod.Get, "/videos/" + id);

        var error = await EmulatorHttp.ErrorOf(response, 404);
        Assert.Contains("'" + id[..EchoedText.MaxLength] + EchoedText.Ellipsis + "'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(id[..(EchoedText.MaxLength + 1)], error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 150, error.Message);
    }

    [Fact]
    public async Task BidiAndControlCharactersInAnId_AreQuotedAsVisibleEscapes()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Get, "/videos/" + Uri.EscapeDataString("video_\u202Efdp.exe\r\nX-Forged: 1"));

        var error = await EmulatorHttp.ErrorOf(response, 404);
        Assert.Contains(@"'video_\u202Efdp.exe\u000D\u000AX-Forged: 1'", error.Message, StringComparison.Ordinal);
        Assert.Null(AnswerCheck.ProblemWith(404, error));
    }

    [Fact]
    public async Task AStrayFilePartWithAHostileName_IsNamedShortAndVisible_InTheMessageAndTheParam()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);
        var name = "\u202E" + new string('Z', 1000);
        var form = HostileRequests.Form(new[] { HostileRequests.Field("prompt", "a cat"), HostileRequests.File(name, "a.png", "image/png", HostileRequests.PngClaiming(720, 1280)) });

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", form);

        var error = await EmulatorHttp.ErrorOf(response, 400);
        Assert.Equal("invalid_file", error.Code);
        Assert.StartsWith(@"\u202EZZZ", error.Param, StringComparison.Ordinal);
        Assert.Equal(EchoedText.MaxLength + 1, error.Param!.Length);
        Assert.Null(AnswerCheck.ProblemWith(400, error));
        Assert.Empty(emulator.Jobs);
    }

    [Fact]
    public async Task AJsonSyntaxErrorUnderAHostilePropertyName_QuotesThePathShort()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new EmulatorHttp(emulator);

        using var response = await http.SendAsync(HttpMethod.Post, "/videos", EmulatorHttp.Json("{\"prompt\":\"a\",\"\u202E" + new string('Z', 7000) + "\":}"));

        var error = await EmulatorHttp.ErrorOf(response, 400);
        Assert.Equal("invalid_json", error.Code);
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
        Assert.Null(AnswerCheck.ProblemWith(400, error));
        Assert.True(error.Message.Length < 300, error.Message);
    }
}
