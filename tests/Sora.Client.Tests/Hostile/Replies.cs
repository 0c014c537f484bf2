using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Sora.Testing.Hostile;

namespace Sora.Client.Tests.Hostile;

/// <summary>What the hostile gateway answers, written straight to the response.</summary>
internal static class Replies
{
    /// <summary>A 64 KiB run of one letter: the endless part of a body that never ends.</summary>
    public static readonly ReadOnlyMemory<byte> Filler = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));

    /// <summary>A page an error proxy or a login wall serves.</summary>
    public const string HtmlPage = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>";

    /// <summary>An API error served where media was asked for.</summary>
    public const string JsonError = """{"error":{"message":"Video is not ready","code":"not_ready"}}""";

    public static Task Json(HttpContext context, string json, int status = StatusCodes.Status200OK) =>
        Text(context, json, "application/json", status);

    public static Task Text(HttpContext context, string text, string? contentType, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(text);
    }

    public static Task Bytes(HttpContext context, byte[] bytes, string? contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes).AsTask();
    }

    /// <summary>A job as the spec shapes it; <paramref name="extra"/> adds or replaces fields.</summary>
    public static string Job(string id, string status = "queued", JsonObject? extra = null)
    {
        var job = new JsonObject
        {
            ["id"] = id,
            ["object"] = "video",
            ["model"] = "sora-2",
            ["status"] = status,
            ["progress"] = 0,
            ["created_at"] = 1760592434,
            ["size"] = "720x1280",
            ["seconds"] = "4",
        };
        foreach (var (name, value) in extra ?? [])
        {
            job[name] = value?.DeepClone();
        }

        return job.ToJsonString();
    }

    /// <summary>
    /// <paramref name="head"/>, then <see cref="Filler"/> until the client goes away; no Content-Length (so chunked)
    /// unless <paramref name="announced"/> is given.
    /// </summary>
    public static async Task EndlessAsync(HttpContext context, string contentType, byte[] head, long? announced = null)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = announced;
        try
        {
            await context.Response.Body.WriteAsync(head, context.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client went away during the head.
            return;
        }

        await HostileGateway.WriteEndlesslyAsync(context.Response, Filler);
    }
}
