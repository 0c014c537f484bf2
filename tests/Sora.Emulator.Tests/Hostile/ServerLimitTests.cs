using System.Net;

namespace Sora.Emulator.Tests.Hostile;

/// <summary>
/// What Kestrel refuses while it parses a request, before any application code runs: a NUL in the decoded path, a
/// request line over 8 KB, headers over 32 KB. Kestrel answers these itself with an empty body and offers no hook to
/// change that (aspnet/KestrelHttpServer#2947), so they are the one place without the envelope; they are still never a
/// 500, and nothing is created.
/// </summary>
public sealed class ServerLimitTests
{
    public static TheoryData<string, string?, HttpStatusCode> Refusals() => new()
    {
        { "/videos/a%00b", null, HttpStatusCode.BadRequest },
        { "/videos/" + new string('Z', 20_000), null, HttpStatusCode.RequestUriTooLong },
        { "/videos", new string('Z', 40_000), HttpStatusCode.RequestHeaderFieldsTooLarge },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task WhatTheServerRefusesWhileParsing_IsItsOwn4xx_NeverA500_AndCreatesNothing(string path, string? header, HttpStatusCode expected)
    {
        await using var emulator = await SoraEmulator.StartAsync();
        using var http = new Server.EmulatorHttp(emulator);
        using var request = http.Request(HttpMethod.Post, path, Server.EmulatorHttp.Json("""{"prompt":"a cat"}"""));
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Padding", header);
        }

        using var response = await http.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength);
        Assert.Empty(emulator.Jobs);
    }
}
