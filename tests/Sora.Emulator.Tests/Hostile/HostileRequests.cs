using System.Buffers.Binary;
using System.Net.Http.Headers;
using System.Text;
using Sora.Contracts;

namespace Sora.Emulator.Tests.Hostile;

/// <summary>
/// A seeded catalogue of hostile requests for one emulator: wrong methods, unknown routes, path, query and auth tricks,
/// malformed and deeply nested JSON, malformed multipart, images that claim a huge size, and random bytes. Each stays
/// inside the server's own request-line and header limits, where answering is the application's job (what lies
/// beyond is in <see cref="ServerLimitTests"/>).
/// </summary>
internal sealed class HostileRequests
{
    public const int Seed = 20261201;

    /// <summary>A value far longer than any message should quote (7,000 characters, as the tester sent).</summary>
    public static readonly string LongValue = new(AnswerCheck.LongValueFiller, 7000);

    private const string Multipart = "multipart/form-data";
    private const string Boundary = "hostile-boundary";

    private static readonly string[] Methods = { "GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "TRACE", "FOO" };

    // Ids as they travel in a path (percent-encoded): dot segments, encoded slashes and backslashes, a 7,000-character
    // id, control characters (a forged header line among them), bidi overrides, isolates and marks, zero-width and tag
    // characters, overlong and unpaired UTF-8. Only NUL is missing: the server refuses it before any application code.
    private static readonly string[] PathIds =
    {
        "..", "%2E%2E", ".%2E", "..%2F..%2Fetc%2Fpasswd", "%2F", "a%2Fb", "%2E%2E%2F%2E%2E%2F", "a%5Cb", "..%5C..%5Cwindows",
        "%25", "%252F", "%25%32%46", LongValue, "%01", "a%0Ab", "a%0D%0AX-Injected:%201", "%09", "%1B%5B31mred", "%7F", "%C2%85",
        "%E2%80%A8", "%E2%80%AE", "video_%E2%80%AEfdp.exe", "%E2%81%A6x%E2%81%A9", "%D8%9C", "%E2%80%8F", "%E2%80%8B", "%EF%BB%BF",
        "%F3%A0%80%81%F3%A0%81%A1", "%FF", "%C0%AF", "%ED%A0%80", "%F0%9F%98%80", "%20", "a;b=c", "a,b", "~", "%3Cscript%3E",
    };

    private static readonly string[] ContentTypes =
    {
        "application/json", "application/json; charset=utf-16", "application/problem+json", Multipart + "; boundary=" + Boundary,
        Multipart, "application/x-www-form-urlencoded", "application/octet-stream", "text/plain", "a/b/c", "json", ";;;", "*/*",
        Multipart + "; boundary=" + new string('b', 100),
    };

    private readonly Random _random;
    private readonly string _base;
    private readonly string _videoId;
    private readonly string _key;
    private readonly bool _apiKeyHeader;

    public HostileRequests(int seed, SoraEmulator emulator, string videoId)
    {
        _random = new Random(seed);
        _base = emulator.BaseAddress.AbsolutePath.TrimEnd('/');
        _videoId = videoId;
        _key = emulator.ApiKey;
        _apiKeyHeader = emulator.Provider.Auth == "api-key";
    }

    public IEnumerable<HostileRequest> All() => WrongMethods().Concat(UnknownRoutes()).Concat(PathTricks()).Concat(QueryTricks())
        .Concat(AuthTricks()).Concat(MalformedJson()).Concat(DeepJson()).Concat(MalformedMultipart()).Concat(ClaimedImages())
        .Concat(RandomBytes());

    /// <summary>A PNG header (signature and IHDR) that claims <paramref name="width"/> x <paramref name="height"/>.</summary>
    public static byte[] PngClaiming(uint width, uint height)
    {
        var png = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(png, 0);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), height);
        png[24] = 8;
        png[25] = 2;
        return png;
    }

    public static HttpContent Body(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    public static HttpContent Json(string json) => Body(Encoding.UTF8.GetBytes(json), "application/json");

    /// <summary>A multipart body from raw parts (headers and content), closed unless <paramref name="close"/> is false.</summary>
    public static HttpContent Form(IEnumerable<(string Headers, byte[] Content)> parts, bool close = true, string boundary = Boundary) =>
        Body(FormBytes(parts, close, boundary), Multipart + "; boundary=" + boundary);

    private static byte[] FormBytes(IEnumerable<(string Headers, byte[] Content)> parts, bool close = true, string boundary = Boundary)
    {
        using var body = new MemoryStream();
        foreach (var (headers, content) in parts)
        {
            body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\n{headers}\r\n\r\n"));
            body.Write(content);
            body.Write("\r\n"u8);
        }

        if (close)
        {
            body.Write(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
        }

        return body.ToArray();
    }

    public static (string Headers, byte[] Content) Field(string name, string value) =>
        ($"Content-Disposition: form-data; name=\"{name}\"", Encoding.UTF8.GetBytes(value));

    public static (string Headers, byte[] Content) File(string name, string fileName, string contentType, byte[] content) =>
        ($"Content-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: {contentType}", content);

    private string Videos => _base + "/videos";

    // Every operation of the spec (the id, already encoded, put in its path) and the video_url file route beside the API.
    private IEnumerable<(string Method, string Path)> Routes(string id) =>
        SoraOperations.All.Select(o => (o.Method, _base + Fill(o, id))).Append(("GET", "/files/" + id));

    private IEnumerable<(string Method, string Path)> IdRoutes(string id) =>
        SoraOperations.All.Where(o => Fill(o, id) != o.PathTemplate).Select(o => (o.Method, _base + Fill(o, id))).Append(("GET", "/files/" + id));

    private static string Fill(SoraOperation operation, string id) => operation.Parameters.Where(p => p.In == "path")
        .Aggregate(operation.PathTemplate, (path, p) => path.Replace("{" + p.Name + "}", id, StringComparison.Ordinal));

    private IEnumerable<HostileRequest> WrongMethods()
    {
        foreach (var id in new[] { _videoId, "video_unknown" })
        {
            foreach (var path in Routes(id).Select(r => r.Path).Distinct())
            {
                var allowed = Routes(id).Where(r => r.Path == path).Select(r => r.Method).ToHashSet();
                foreach (var method in Methods.Where(m => !allowed.Contains(m)))
                {
                    yield return new HostileRequest("wrong method", method, path, method is "POST" or "PUT" or "PATCH" ? Json("""{"prompt":"a cat"}""") : null);
                }
            }
        }
    }

    private IEnumerable<HostileRequest> UnknownRoutes()
    {
        var fixedPaths = new[]
        {
            "/", "/v1", "/v2/videos", "/videos", "/openai/v1/videos", "/v1/videos", "/v1/models/x", _base, _base + "/", _base + "/video",
            Videos + "/x/y", Videos + "/x/content/more", Videos + "/x/remix/y", _base + "/models/x", "/files", "/files/", "/files/a/b",
            Videos + "/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", _base + "//videos", Videos + "//content", "/v1%2Fvideos",
            _base + "/.well-known/openid-configuration", "/" + LongValue, _base + "/%E2%80%AEsoediv", _base + "/%01%02", "/index.html",
            Videos + "/x/content%2F..%2F..", _base + "/videos%00",
        };
        foreach (var path in fixedPaths.Where(p => !p.Contains("%00", StringComparison.Ordinal)))
        {
            yield return new HostileRequest("unknown route", "GET", path);
            yield return new HostileRequest("unknown route", "POST", path, Json("""{"prompt":"a cat"}"""));
        }

        for (var i = 0; i < 60; i++)
        {
            var segments = Enumerable.Range(0, _random.Next(1, 5)).Select(_ => RandomSegment());
            var root = _random.Next(3) == 0 ? string.Empty : _base;
            yield return new HostileRequest("unknown route", Methods[_random.Next(3)], root + "/" + string.Join("/", segments));
        }
    }

    private IEnumerable<HostileRequest> PathTricks()
    {
        foreach (var id in PathIds)
        {
            foreach (var (method, path) in IdRoutes(id))
            {
                yield return new HostileRequest("path trick", method, path, method == "POST" ? Json("""{"prompt":"again"}""") : null);
            }
        }
    }

    private IEnumerable<HostileRequest> QueryTricks()
    {
        var values = new[] { "0", "-1", "99999999999999999999", "1e2", "%E2%80%AE1", LongValue, "", "%0A%0D", "%FF", "ASC", "%20asc", "..%2F..%2F" };
        foreach (var value in values)
        {
            foreach (var name in new[] { "limit", "order", "after" })
            {
                yield return new HostileRequest("query trick", "GET", $"{Videos}?{name}={value}");
            }

            yield return new HostileRequest("query trick", "GET", $"{Videos}/{_videoId}/content?variant={value}");
            yield return new HostileRequest("query trick", "GET", $"/files/{_videoId}?variant={value}");
        }

        foreach (var query in new[] { "limit=1&limit=2", "=x", "&&&", "order=asc&order=desc", "limit", "%E2%80%AE=1", "limit=%", "limit=%zz" })
        {
            yield return new HostileRequest("query trick", "GET", $"{Videos}?{query}");
        }

        yield return new HostileRequest("query trick", "GET", $"{Videos}/{_videoId}/content?variant=video&variant=thumbnail");
    }

    private IEnumerable<HostileRequest> AuthTricks()
    {
        var huge = new string(AnswerCheck.LongValueFiller, 30_000);
        var modes = new List<KeyValuePair<string, string>[]>
        {
            Array.Empty<KeyValuePair<string, string>>(),
            new[] { Header("Authorization", "Basic dXNlcjpwYXNz") },
            new[] { Header("Authorization", "Bearer") },
            new[] { Header("Authorization", "Bearer    ") },
            new[] { Header("Authorization", "Bearer " + _key + "x") },
            new[] { Header("Authorization", "Bearer " + _key + ", Bearer other") },
            new[] { Header("Authorization", "Bearer " + huge) },
            new[] { Header("Authorization", huge) },
            new[] { Header("Authorization", "Bearer \u0001\u007F\u001B[31m") },
            new[] { Header("Authorization", "Token " + _key) },
            new[] { Header("Authorization", _key) },
            new[] { Header("api-key", huge) },
            new[] { Header("api-key", "") },
            new[] { Header("api-key", _key + "x"), Header("Authorization", "Bearer " + _key + "x") },
            new[] { _apiKeyHeader ? Header("Authorization", "Bearer " + _key) : Header("api-key", _key) },
        };
        var targets = new (string Method, string Path, bool Body)[]
        {
            ("GET", Videos, false), ("POST", Videos, true), ("GET", $"{Videos}/{_videoId}", false), ("GET", $"{Videos}/{_videoId}/content", false),
            ("DELETE", $"{Videos}/video_unknown", false), ("GET", _base + "/models", false),
        };
        foreach (var headers in modes)
        {
            foreach (var (method, path, body) in targets)
            {
                yield return new HostileRequest("auth trick", method, path, body ? Json("""{"prompt":"a cat"}""") : null, Key: false, Headers: headers);
            }
        }
    }

    private IEnumerable<HostileRequest> MalformedJson()
    {
        var bodies = new[]
        {
            "", " ", "{", "}", "[", "null", "true", "0", "\"x\"", "[]", "{}", "{\"prompt\":}", "{\"prompt\":\"a\",}", "{\"prompt\":\"a\"}}",
            "{\"prompt\":\"a\" \"model\":\"b\"}", "{'prompt':'a'}", "{prompt:\"a\"}", "{\"prompt\":\"a\"/*c*/}", "{\"prompt\":NaN}",
            "{\"prompt\":\"\\ud800\"}", "{\"prompt\":\"\\u0000\\u202e\"}", "{\"prompt\":\"a\",\"prompt\":\"b\"}", "{\"prompt\":\"a\",\"seconds\":1e400}",
            "{\"prompt\":\"a\",\"seconds\":-0}", "{\"prompt\":\"a\",\"seconds\":8.5}", "{\"prompt\":\"a\",\"size\":\"100000x100000\"}",
            "{\"prompt\":\"a\",\"size\":\"0x0\"}", "{\"prompt\":\"a\",\"size\":\"-1x-1\"}", "{\"prompt\":\"a\",\"input_reference\":\"abc\"}",
            "{\"prompt\":\"a\",\"input_reference\":{}}", "{\"prompt\":\"a\",\"input_reference\":{\"image_url\":5}}",
            "{\"prompt\":\"a\",\"model\":{\"x\":1}}", "{\"prompt\":\"a\",\"model\":[\"x\"]}", "{\"" + LongValue + "\":1,\"prompt\":\"a\"}",
            "{\"prompt\":\"a\",\"" + LongValue + "\":}", "{\"\u202Eledom\":[}", "{\"a\\nb\\u0007\":[}", "{\"prompt\":\"" + new string('a', 32001) + "\"}",
            "{\"prompt\":\" \\t\\n \"}", "{\"prompt\":\"a\",\"size\":\"" + LongValue + "\"}", "{\"prompt\":\"a\",\"seconds\":\"\u202E8\"}",
            "{\"prompt\":\"a\",\"input_reference\":{\"image_url\":\"x\",\"file_id\":\"y\"}}", "{\"prompt\":\"a\"}garbage", "\uFEFF{\"prompt\":\"a\"}",
        };
        foreach (var body in bodies)
        {
            yield return new HostileRequest("malformed json", "POST", Videos, Json(body));
            yield return new HostileRequest("malformed json", "POST", $"{Videos}/{_videoId}/remix", Json(body));
        }

        yield return new HostileRequest("malformed json", "POST", Videos, Body(Encoding.Unicode.GetBytes("{\"prompt\":\"a\"}"), "application/json"));
        yield return new HostileRequest("malformed json", "POST", Videos, Body(new byte[] { 0x7B, 0x22, 0x70, 0x22, 0x3A, 0x22, 0xFF, 0xC0, 0xAF, 0x22, 0x7D }, "application/json"));

        var valid = new[]
        {
            """{"prompt":"a cat","model":"sora-2-pro","size":"1792x1024","seconds":"12"}""",
            """{"prompt":"a cat","input_reference":{"image_url":"https://example.com/a.png"}}""",
            """{"prompt":"a dog","seconds":8,"size":"1280x720","extra":{"nested":[1,2,{"x":null}]}}""",
        };
        for (var i = 0; i < 300; i++)
        {
            var mutated = Mutate(Encoding.UTF8.GetBytes(valid[_random.Next(valid.Length)]));
            var target = _random.Next(4) == 0 ? $"{Videos}/{_videoId}/remix" : Videos;
            yield return new HostileRequest("malformed json", "POST", target, Body(mutated, ContentTypes[_random.Next(3)]));
        }
    }

    private IEnumerable<HostileRequest> DeepJson()
    {
        const int Depth = 100_000;
        var arrays = new string('[', Depth);
        var objects = string.Concat(Enumerable.Repeat("{\"a\":", Depth));
        foreach (var body in new[] { arrays, arrays + new string(']', Depth), objects, "{\"prompt\":" + arrays, "{\"prompt\":\"a\",\"input_reference\":" + objects, "{\"prompt\":\"a\",\"extra\":" + arrays + new string(']', Depth) + "}" })
        {
            yield return new HostileRequest("deep json", "POST", Videos, Json(body));
            yield return new HostileRequest("deep json", "POST", $"{Videos}/{_videoId}/remix", Json(body));
        }

        yield return new HostileRequest("deep json", "POST", Videos, Form(new[] { Field("prompt", "a cat"), Field("input_reference", objects) }));
        yield return new HostileRequest("deep json", "POST", Videos, Form(new[] { Field("prompt", "{" + arrays) }));
    }

    private IEnumerable<HostileRequest> MalformedMultipart()
    {
        var png = PngClaiming(720, 1280);
        var fixedBodies = new List<HttpContent>
        {
            Body("--x\r\n\r\n"u8.ToArray(), Multipart),
            Body("--x\r\n\r\n"u8.ToArray(), Multipart + "; boundary="),
            Body("--x\r\n\r\n"u8.ToArray(), Multipart + "; boundary=\"\""),
            Body(Encoding.UTF8.GetBytes("--" + new string('b', 100) + "\r\n"), Multipart + "; boundary=" + new string('b', 100)),
            Body("no boundary anywhere"u8.ToArray(), Multipart + "; boundary=" + Boundary),
            Form(new[] { Field("prompt", "a cat") }, boundary: "other"),
            Form(new[] { Field("prompt", "a cat") }, close: false),
            Form(new[] { ("X-Nothing: 1", "a"u8.ToArray()) }),
            Form(new[] { ("Content-Disposition: garbage", "a"u8.ToArray()) }),
            Form(new[] { ("Content-Disposition: form-data; name=", "a"u8.ToArray()) }),
            Form(new[] { ("Content-Disposition: form-data; name=\"" + new string(AnswerCheck.LongValueFiller, 10_000) + "\"; garbage\u0001", "a"u8.ToArray()) }),
            Form(new[] { ("Content-Disposition: " + new string(AnswerCheck.LongValueFiller, 10_000), "a"u8.ToArray()) }),
            Form(new[] { ("Content-Disposition: form-data; name=\"\u202Etpmorp\"", "a"u8.ToArray()) }),
            Form(new[] { ("Content-Disposition: form-data; name=\"prompt\"\r\nX-Big: " + new string('h', 20_000), "a"u8.ToArray()) }),
            Form(new[] { Field(LongValue, "a"), Field("prompt", "a cat") }),
            Form(new[] { Field("prompt", "a cat"), File(new string(AnswerCheck.LongValueFiller, 1000), "a.png", "image/png", png) }),
            Form(new[] { Field("prompt", "a cat"), File("\u202Eecnerefer_tupni\u0007", "a.png", "image/png", png) }),
            Form(new[] { Field("prompt", "a cat"), File("input_reference", "../../etc/passwd", "image/png", png) }),
            Form(new[] { Field("prompt", "a cat"), File("input_reference", LongValue, "image/png", png) }),
            Form(new[] { Field("prompt", "a cat"), File("input_reference", "\u202Egnp.exe", "\u202Eimage/png", png) }),
            Form(new[] { Field("prompt", "a cat"), File("input_reference", "a.png", "image/png", png), File("input_reference", "b.png", "image/png", png) }),
            Form(new[] { Field("prompt", "a cat"), File("input_reference", "a.png", "image/png", Array.Empty<byte>()) }),
            Form(new[] { Field("prompt", "a cat"), File("input_reference", "a.png", "text/html", "<html>"u8.ToArray()) }),
            Form(Enumerable.Range(0, 2000).Select(i => Field("f" + i, "v")).Append(Field("prompt", "a cat"))),
            Form(new[] { Field("prompt", "\u202Ea cat\u0000"), Field("model", ""), Field("seconds", "abc"), Field("size", LongValue) }),
            Form(new[] { Field("prompt", "a cat"), Field("input_reference", "{\"image_url\":") }),
            Form(Array.Empty<(string, byte[])>()),
        };
        foreach (var body in fixedBodies)
        {
            yield return new HostileRequest("malformed multipart", "POST", Videos, body);
        }

        yield return new HostileRequest("malformed multipart", "POST", $"{Videos}/{_videoId}/remix", Form(new[] { Field("prompt", "again"), File("input_reference", "a.png", "image/png", png) }));
        yield return new HostileRequest("malformed multipart", "POST", Videos, new StreamedBody(
            Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\n"), (byte)AnswerCheck.LongValueFiller, 5 * 1024 * 1024, announceLength: true)
        {
            Headers = { ContentType = MediaTypeHeaderValue.Parse(Multipart + "; boundary=" + Boundary) },
        });

        for (var i = 0; i < 150; i++)
        {
            var parts = Enumerable.Range(0, _random.Next(0, 5)).Select(_ => RandomPart(png)).ToList();
            var bytes = Mutate(FormBytes(parts, close: _random.Next(4) != 0), light: true);
            var target = _random.Next(4) == 0 ? $"{Videos}/{_videoId}/remix" : Videos;
            yield return new HostileRequest("malformed multipart", "POST", target, Body(bytes, Multipart + "; boundary=" + Boundary));
        }
    }

    private IEnumerable<HostileRequest> ClaimedImages()
    {
        var sof = new byte[] { 0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 };
        var vp8x = "RIFF\u0016\0\0\0WEBPVP8X\n\0\0\0\0\0\0\0"u8.ToArray().Concat(new byte[] { 0xFF, 0x3F, 0, 0xFF, 0x3F, 0 }).ToArray();
        var images = new (byte[] Bytes, string Type)[]
        {
            (PngClaiming(100_000, 100_000), "image/png"), (PngClaiming(100_000, 100_000), "image/jpeg"), (PngClaiming(0, 0), "image/png"),
            (PngClaiming(uint.MaxValue, 1), "image/png"), (PngClaiming(100_000, 100_000)[..20], "image/png"), (sof, "image/jpeg"),
            (vp8x, "image/webp"), (PngClaiming(100_000, 100_000), "application/octet-stream"),
        };
        foreach (var (bytes, type) in images)
        {
            yield return new HostileRequest("claimed image", "POST", Videos, Form(new[] { Field("prompt", "a cat"), File("input_reference", "huge.png", type, bytes) }));
        }

        var dataUrl = "data:image/png;base64," + Convert.ToBase64String(PngClaiming(100_000, 100_000));
        yield return new HostileRequest("claimed image", "POST", Videos, Json("{\"prompt\":\"a cat\",\"input_reference\":{\"image_url\":\"" + dataUrl + "\"}}"));
    }

    private IEnumerable<HostileRequest> RandomBytes()
    {
        var targets = Routes(_videoId).Concat(Routes("video_unknown")).Select(r => r.Path).Distinct().ToArray();
        for (var i = 0; i < 250; i++)
        {
            var bytes = new byte[_random.Next(0, 4096)];
            _random.NextBytes(bytes);
            var method = Methods[_random.Next(5)];
            var contentType = _random.Next(8) == 0 ? null : ContentTypes[_random.Next(ContentTypes.Length)];
            yield return new HostileRequest("random bytes", method, targets[_random.Next(targets.Length)], Body(bytes, contentType));
        }
    }

    private (string Headers, byte[] Content) RandomPart(byte[] png) => _random.Next(6) switch
    {
        0 => Field("prompt", RandomText()),
        1 => Field(RandomText(), RandomText()),
        2 => File("input_reference", RandomText() + ".png", "image/png", _random.Next(2) == 0 ? png : PngClaiming((uint)_random.Next(), (uint)_random.Next())),
        3 => Field(new[] { "model", "size", "seconds", "input_reference" }[_random.Next(4)], RandomText()),
        4 => ("Content-Disposition: form-data; " + RandomText(), Encoding.UTF8.GetBytes(RandomText())),
        _ => File(RandomText(), RandomText(), RandomText(), RandomBytes(_random.Next(0, 512))),
    };

    private byte[] Mutate(byte[] bytes, bool light = false)
    {
        var result = bytes.ToList();
        for (var edits = light ? _random.Next(0, 3) : _random.Next(1, 4); edits > 0 && result.Count > 0; edits--)
        {
            var at = _random.Next(result.Count);
            switch (_random.Next(5))
            {
                case 0:
                    result.RemoveRange(at, result.Count - at);
                    break;
                case 1:
                    result[at] = (byte)_random.Next(256);
                    break;
                case 2:
                    result.InsertRange(at, Encoding.UTF8.GetBytes(new[] { "{", "}", "[", "]", ",", ":", "\"", "\\", "\u202E", "\u0000", "null", "1e999" }[_random.Next(12)]));
                    break;
                case 3:
                    result.RemoveAt(at);
                    break;
                default:
                    result.InsertRange(at, result.GetRange(at, Math.Min(result.Count - at, _random.Next(1, 20))));
                    break;
            }
        }

        return result.ToArray();
    }

    private string RandomText()
    {
        const string Alphabet = "abcXYZ019 _-./\\\"';=%\r\n\t\u0001\u007F\u202E\u2066\u200B\u00E9\u4E2D";
        return new string(Enumerable.Range(0, _random.Next(0, 40)).Select(_ => Alphabet[_random.Next(Alphabet.Length)]).ToArray());
    }

    private string RandomSegment()
    {
        var pieces = new[] { "videos", "models", "files", "content", "remix", "..", ".", "%2F", "%E2%80%AE", "%0A", "x", "v1", "openai", "%FF", "~" };
        return string.Concat(Enumerable.Range(0, _random.Next(1, 4)).Select(_ => pieces[_random.Next(pieces.Length)]));
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static KeyValuePair<string, string> Header(string name, string value) => new(name, value);
}
