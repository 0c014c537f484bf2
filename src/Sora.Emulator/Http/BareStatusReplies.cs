using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Sora.Emulator.Http;

/// <summary>
/// The one place that puts the error envelope on answers the framework would send with an empty body: a routing 404
/// (an unknown path, or one outside the base path), a 405 (whose <c>Allow</c> header routing has set), and any other
/// bodiless error status. Run by the status code pages middleware, which leaves every answer that has a body alone.
/// </summary>
internal static class BareStatusReplies
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var request = EchoedText.Of(http.Request.Method + " " + http.Request.PathBase + http.Request.Path);
        var message = status switch
        {
            StatusCodes.Status404NotFound => $"Invalid URL ({request}): no endpoint is served there.",
            StatusCodes.Status405MethodNotAllowed => $"Invalid method ({request}): this path takes {Allowed(http.Response)}.",
            _ => $"{ReasonPhrases.GetReasonPhrase(status)} ({request}).",
        };
        return ApiErrors.ForStatus(status, message).ExecuteAsync(http);
    }

    private static string Allowed(HttpResponse response) =>
        response.Headers[HeaderNames.Allow].ToString() is { Length: > 0 } allow ? allow : "no method";
}
