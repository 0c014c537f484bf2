using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Sora.Client.Tests.Infrastructure;

/// <summary>Server answers for scripts.</summary>
public static class Responses
{
    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static string JobJson(string id, string status = "queued", int? progress = null, string? videoUrl = null, string? errorCode = null, string? errorMessage = null)
    {
        var job = new JsonObject
        {
            ["id"] = id,
            ["object"] = "video",
            ["model"] = "sora-2",
            ["status"] = status,
            ["progress"] = progress ?? (status == "completed" ? 100 : 0),
            ["created_at"] = 1760592434,
            ["size"] = "720x1280",
            ["seconds"] = "4",
        };
        if (videoUrl is not null)
        {
            job["video_url"] = videoUrl;
        }

        if (errorCode is not null)
        {
            job["error"] = new JsonObject { ["code"] = errorCode, ["message"] = errorMessage ?? "it broke" };
        }

        return job.ToJsonString();
    }

    public static HttpResponseMessage Job(string id, string status = "queued", int? progress = null, string? videoUrl = null, string? errorCode = null, string? errorMessage = null) =>
        Json(JobJson(id, status, progress, videoUrl, errorCode, errorMessage));

    public static HttpResponseMessage Error(HttpStatusCode status, string message, string? code = null, string? param = null, string? type = null)
    {
        var error = new JsonObject { ["message"] = message, ["code"] = code, ["type"] = type, ["param"] = param };
        return Json(new JsonObject { ["error"] = error }.ToJsonString(), status);
    }

    public static HttpResponseMessage Status(HttpStatusCode status) => new(status) { Content = new ByteArrayContent([]) };

    public static HttpResponseMessage WithRetryAfter(this HttpResponseMessage response, TimeSpan delta)
    {
        response.Headers.RetryAfter = new RetryConditionHeaderValue(delta);
        return response;
    }

    public static HttpResponseMessage WithRetryAfter(this HttpResponseMessage response, DateTimeOffset date)
    {
        response.Headers.RetryAfter = new RetryConditionHeaderValue(date);
        return response;
    }

    public static HttpResponseMessage WithHeader(this HttpResponseMessage response, string name, string value)
    {
        response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    /// <summary>Media bytes; <paramref name="announcedLength"/> overrides the Content-Length to simulate a lying or cut body.</summary>
    public static HttpResponseMessage Media(byte[] bytes, string? contentType = "video/mp4", long? announcedLength = null)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        content.Headers.ContentLength = announcedLength ?? bytes.Length;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    /// <summary>Media whose body stream fails with an IOException after <paramref name="sent"/> bytes, as a dropped connection does.</summary>
    public static HttpResponseMessage BrokenMedia(byte[] bytes, int sent, string contentType = "video/mp4")
    {
        var content = new StreamContent(new BreakingStream(bytes, sent));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Headers.ContentLength = bytes.Length;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    public static HttpResponseMessage Redirect(string location, HttpStatusCode status = HttpStatusCode.Found)
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent([]) };
        response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
        return response;
    }

    public static byte[] Bytes(int count, byte seed = 7) => Enumerable.Range(0, count).Select(i => (byte)(i * 31 + seed)).ToArray();

    /// <summary><paramref name="count"/> bytes that open as an MP4 file does (a box size, then <c>ftyp</c>), the rest a pattern.</summary>
    public static byte[] Mp4(int count) => WithHead(count, [0, 0, 0, 0x18, .. "ftypisom"u8]);

    /// <summary><paramref name="count"/> bytes that open as a WebP file does (<c>RIFF</c>, a size, <c>WEBP</c>).</summary>
    public static byte[] WebP(int count) => WithHead(count, [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8L"u8]);

    /// <summary><paramref name="count"/> bytes that open as a JPEG file does (the start-of-image marker).</summary>
    public static byte[] Jpeg(int count) => WithHead(count, [0xFF, 0xD8, 0xFF, 0xE0]);

    private static byte[] WithHead(int count, byte[] head)
    {
        var bytes = Bytes(count);
        head.AsSpan(0, Math.Min(head.Length, count)).CopyTo(bytes);
        return bytes;
    }

    private sealed class BreakingStream(byte[] bytes, int breakAt) : MemoryStream(bytes, 0, breakAt)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            return read > 0 ? read : throw new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
        }
    }
}
