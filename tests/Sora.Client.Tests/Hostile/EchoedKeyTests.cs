using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Sora.Client.Tests.Infrastructure;
using Sora.Contracts;
using Xunit.Abstractions;

namespace Sora.Client.Tests.Hostile;

/// <summary>
/// A gateway that echoes the key back, in upper, lower or mixed case, percent-encoded, JSON-escaped, encoded twice or
/// all of these at once: in error messages and fields, a proxy's page, a broken body, the job id, a failed job's error,
/// unknown job fields, an unknown status, redirect locations, a content type, a malformed header. Every exception
/// (message, ToString(), every string property, the jobs it carries) and every log line is then searched for the key
/// in any case and encoding: it appears 0 times. And the client still polls and downloads a key-looking id by its real value.
/// </summary>
public sealed class EchoedKeyTests(ITestOutputHelper output)
{
    private const string Key = HostileRig.Key;

    public static readonly string[] Encodings = ["upper", "lower", "mixed", "percent", "json", "double percent", "all at once"];

    public static readonly string[] Placements =
    [
        "error message", "error fields and request id", "proxy page", "broken body", "failed job", "job that never ends",
        "download of a key id", "redirect to plain http", "endless redirects", "redirect then a page", "content type",
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var placement in Placements)
        {
            foreach (var encoding in Encodings)
            {
                data.Add(placement, encoding);
            }
        }

        return data;
    }

    public static TheoryData<string> EncodingCases() => new(Encodings);

    /// <summary>The key as a hostile server writes it.</summary>
    public static string Encode(string encoding) => encoding switch
    {
        "upper" => Key.ToUpperInvariant(),
        "lower" => Key.ToLowerInvariant(),
        "mixed" => string.Concat(Key.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))),
        "percent" => string.Concat(Key.Select(c => "%" + ((int)c).ToString("X2", CultureInfo.InvariantCulture))),
        "json" => string.Concat(Key.Select(c => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture))),
        "double percent" => string.Concat(Key.Select(c => "%25" + ((int)c).ToString("x2", CultureInfo.InvariantCulture))),
        "all at once" => string.Concat(Key.Select((c, i) => (i % 4) switch
        {
            0 => char.ToUpperInvariant(c).ToString(),
            1 => "%" + ((int)char.ToUpperInvariant(c)).ToString("x2", CultureInfo.InvariantCulture),
            2 => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            _ => "%5Cu" + ((int)char.ToLowerInvariant(c)).ToString("x4", CultureInfo.InvariantCulture),
        })),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    [Theory]
    [MemberData(nameof(EncodingCases))]
    public void TheScanFindsEveryEncodingOfTheKey(string encoding)
    {
        Assert.Equal(1, KeyScan.Occurrences("echo: " + Encode(encoding) + " :echo", Key));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnEchoedKeyIsInNoExceptionAndNoLogLine(string placement, string encoding)
    {
        var token = Encode(encoding);
        await using var rig = await HostileRig.StartAsync(Gateway(placement, token), o => o.Polling.Timeout = TimeSpan.FromMinutes(1));
        using var dir = new TempDirectory();

        var e = await Assert.ThrowsAnyAsync<SoraException>(() => Act(placement, rig.Client, dir));

        var texts = KeyScan.Texts(e).Concat(rig.Logger.Entries).ToList();
        var occurrences = texts.Sum(text => KeyScan.Occurrences(text, Key));
        output.WriteLine($"{placement} / {encoding}: {e.GetType().Name}, {texts.Count} texts, {rig.Logger.Entries.Count} log lines, key occurrences {occurrences}");
        Assert.True(occurrences == 0, string.Join("\n", texts.Where(text => KeyScan.Occurrences(text, Key) > 0)));
        if (ReachesTheClient(placement, encoding))
        {
            Assert.Contains(texts, text => text.Contains(SecretMask, StringComparison.Ordinal));
        }

        Assert.Empty(dir.Names);
    }

    [Theory]
    [MemberData(nameof(EncodingCases))]
    public async Task AKeyLookingJobIdIsStillPolledByItsRealValue(string encoding)
    {
        var token = Encode(encoding);
        await using var rig = await HostileRig.StartAsync(Gateway("failed job", token));
        using var dir = new TempDirectory();

        var e = await Assert.ThrowsAsync<SoraJobFailedException>(() => rig.Client.GenerateAsync(new CreateVideoRequest("A cat"), dir.File("out.mp4")));

        Assert.Contains(rig.Gateway.Calls, call => call.Method == "GET" && call.Path == "/v1/videos/" + token);
        Assert.Equal(SecretMask, e.VideoId);
        Assert.Equal(SecretMask, e.Job.Id);
    }

    [Theory]
    [MemberData(nameof(EncodingCases))]
    public async Task AKeyInAMalformedHeaderLineIsNotQuotedFromTheHttpStack(string encoding)
    {
        await using var server = new RawResponseServer("HTTP/1.1 200 OK\r\nX Echo " + Encode(encoding) + ": 1\r\nContent-Length: 0\r\n\r\n");
        var logger = new CapturingLogger();
        using var client = new SoraClient(new SoraClientOptions { BaseAddress = server.BaseAddress, ApiKey = Key, TimeProvider = new VirtualTimeProvider(), Logger = logger });

        var e = await Assert.ThrowsAsync<SoraConnectionException>(() => client.GetAsync("video_1"));

        var texts = KeyScan.Texts(e).Concat(logger.Entries).ToList();
        Assert.Equal(0, texts.Sum(text => KeyScan.Occurrences(text, Key)));
        Assert.IsType<HttpRequestException>(e.InnerException);
        Assert.Contains("***", e.InnerException.Message);
        Assert.Equal(4, server.Requests);
    }

    private const string SecretMask = "***";

    // Whether the echo arrives as text the client could show, so that finding it masked proves the redaction ran. A
    // backslash does not survive a URL (.NET turns it into a slash) or a media type (.NET drops the header), so a
    // JSON-escaped key sent there reaches the client in no readable form at all.
    private static bool ReachesTheClient(string placement, string encoding) =>
        !(Encode(encoding).Contains('\\', StringComparison.Ordinal)
          && placement is "redirect to plain http" or "endless redirects" or "redirect then a page" or "content type");

    private static RequestDelegate Gateway(string placement, string token)
    {
        // Unknown fields, the key in their names and values, fresh for every answer.
        JsonObject Extra(string? field = null, JsonNode? value = null)
        {
            var extra = new JsonObject { [token] = token, ["trace"] = new JsonObject { ["seen"] = new JsonArray(token, "key " + token) } };
            if (field is not null)
            {
                extra[field] = value;
            }

            return extra;
        }
        return placement switch
        {
            "error message" => context => Replies.Json(context, Envelope(new JsonObject { ["message"] = "Incorrect API key provided: " + token + ". You can find your API key at your dashboard.", ["code"] = "invalid_api_key" }), StatusCodes.Status401Unauthorized),
            "error fields and request id" => context =>
            {
                context.Response.Headers["x-request-id"] = "req_" + token;
                return Replies.Json(context, Envelope(new JsonObject { ["message"] = "bad", ["code"] = token, ["param"] = token, ["type"] = token }), StatusCodes.Status400BadRequest);
            },
            "proxy page" => context => Replies.Text(context, "<html><body><h1>503</h1><p>upstream rejected key <b>" + token + "</b></p></body></html>", "text/html", StatusCodes.Status503ServiceUnavailable),
            "broken body" => context => Replies.Text(context, "{\"" + token + "\":\"" + token + "\",\"id\":42}", "application/json"),
            "failed job" => context => context.Request.Method == HttpMethods.Post
                ? Replies.Json(context, Replies.Job(token))
                : Replies.Json(context, Replies.Job(token, "failed", Extra("error", new JsonObject { ["code"] = token, ["message"] = "moderation flagged " + token }))),
            "job that never ends" => context => Replies.Json(context, Replies.Job(token, token, Extra("prompt", "A cat " + token))),
            "download of a key id" => context => context.Request.Method == HttpMethods.Post
                ? Replies.Json(context, Replies.Job(token, "completed", Extra()))
                : Replies.Text(context, Replies.HtmlPage, "application/octet-stream"),
            "redirect to plain http" => context => Redirect(context, "http://cdn.example.net/" + token + "/video.mp4?sig=" + token),
            "endless redirects" => context => Redirect(context, "/v1/files/" + token),
            "redirect then a page" => context => context.Request.Path.StartsWithSegments("/files", StringComparison.Ordinal)
                ? Replies.Text(context, Replies.HtmlPage, "video/mp4")
                : Redirect(context, "/files/" + token + "/video.mp4"),
            "content type" => context => Replies.Text(context, Replies.HtmlPage, "text/x-" + token),
            _ => throw new ArgumentOutOfRangeException(nameof(placement), placement),
        };

        static string Envelope(JsonObject error) => new JsonObject { ["error"] = error }.ToJsonString();
    }

    private static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    private static Task Act(string placement, SoraClient client, TempDirectory dir) => placement switch
    {
        "error message" or "proxy page" or "broken body" => client.GetAsync("video_1"),
        "error fields and request id" => client.CreateAsync(new CreateVideoRequest("A cat")),
        "failed job" or "job that never ends" or "download of a key id" => client.GenerateAsync(new CreateVideoRequest("A cat"), dir.File("out.mp4")),
        _ => client.DownloadContentToFileAsync("video_1", dir.File("out.mp4")),
    };
}
