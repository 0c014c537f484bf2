using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Sora.Contracts;
using Sora.Testing.Hostile;

namespace Sora.Cli.Tests.Hostile;

/// <summary>What a scripted server says about its one job; every field is sent exactly as given, however hostile.</summary>
internal sealed record JobScript(string Id)
{
    public string Status { get; init; } = "completed";

    public int? Progress { get; init; } = 100;

    public string Model { get; init; } = "sora-2";

    public string? Size { get; init; } = "720x1280";

    public string? Seconds { get; init; } = "4";

    public string? Prompt { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public string? RemixedFrom { get; init; }

    /// <summary>The status a poll reports after the create answer (the create itself answers with <see cref="Status"/>).</summary>
    public JobScript? AfterPoll { get; init; }
}

/// <summary>
/// A Sora server played on <see cref="HostileGateway"/> from a script: create, remix, get, list, delete and content all
/// answer well-formed JSON (or media) about the scripted job, so the CLI gets as far as printing and saving it.
/// </summary>
internal static class ScriptedSora
{
    /// <summary>The bytes every content request gets: the start of an MP4.</summary>
    public static readonly byte[] Media = [0, 0, 0, 24, .. "ftypmp42"u8, 0, 0, 0, 0, .. "mp42isom"u8];

    public static Task<HostileGateway> StartAsync(JobScript job) => StartAsync(_ => job);

    /// <summary>A server whose job is written per request (from its headers, say, to echo the key it was sent).</summary>
    public static Task<HostileGateway> StartAsync(Func<HttpRequest, JobScript> script)
    {
        var creates = 0;
        return HostileGateway.StartAsync(context =>
        {
            var job = script(context.Request);
            var request = context.Request;
            var path = request.Path.Value ?? string.Empty;
            if (path.EndsWith("/content", StringComparison.Ordinal))
            {
                context.Response.ContentType = VideoContentVariant.Default.MediaType;
                context.Response.ContentLength = Media.Length;
                return context.Response.Body.WriteAsync(Media).AsTask();
            }

            if (request.Method == HttpMethods.Delete)
            {
                return JsonAsync(context, new JsonObject { ["id"] = job.Id, ["object"] = "video.deleted", ["deleted"] = true });
            }

            if (request.Method == HttpMethods.Get && path.EndsWith("/videos", StringComparison.Ordinal))
            {
                return JsonAsync(context, new JsonObject { ["object"] = "list", ["data"] = new JsonArray(Video(job)), ["has_more"] = true, ["last_id"] = job.Id });
            }

            var polled = request.Method == HttpMethods.Get || Interlocked.Increment(ref creates) > 1;
            return JsonAsync(context, Video(polled ? job.AfterPoll ?? job : job));
        });
    }

    /// <summary>A handler that answers every request with <paramref name="status"/> and <paramref name="body"/> as they are.</summary>
    public static RequestDelegate Fail(int status, string body, string contentType = "application/json", string? requestId = null) => context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        if (requestId is not null)
        {
            context.Response.Headers["x-request-id"] = requestId;
        }

        return context.Response.WriteAsync(body, Encoding.UTF8);
    };

    /// <summary>The error envelope, with its fields as given.</summary>
    public static string Envelope(string message, string code) =>
        new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["code"] = code, ["type"] = "server_error" } }.ToJsonString();

    private static JsonObject Video(JobScript job)
    {
        var video = new JsonObject
        {
            ["id"] = job.Id,
            ["object"] = "video",
            ["model"] = job.Model,
            ["status"] = job.Status,
            ["progress"] = job.Progress,
            ["created_at"] = 1_760_000_000,
            ["size"] = job.Size,
            ["seconds"] = job.Seconds,
            ["prompt"] = job.Prompt,
            ["remixed_from_video_id"] = job.RemixedFrom,
        };
        if (job.ErrorCode is not null || job.ErrorMessage is not null)
        {
            video["error"] = new JsonObject { ["code"] = job.ErrorCode, ["message"] = job.ErrorMessage };
        }

        return video;
    }

    private static Task JsonAsync(HttpContext context, JsonNode body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8);
    }
}
