using System.Globalization;
using System.Net.Http.Headers;

namespace Sora.Client.Http;

/// <summary>
/// What the client reads from response headers: the waits a server asks for (<c>Retry-After</c>, in seconds or as an
/// HTTP date; <c>openai-poll-after-ms</c>) and the request id.
/// </summary>
internal static class ResponseHeaders
{
    // OpenAI's polling hint, in milliseconds, sent on job responses; compatible servers copy it.
    private const string PollAfterHeader = "openai-poll-after-ms";

    /// <summary>The <c>Retry-After</c> wait, measured from <paramref name="now"/> when it is a date; never negative.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>The <c>openai-poll-after-ms</c> wait, when the header holds a non-negative whole number.</summary>
    public static TimeSpan? PollAfter(HttpResponseHeaders headers) =>
        headers.TryGetValues(PollAfterHeader, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
        && milliseconds <= (long)TimeSpan.MaxValue.TotalMilliseconds
            ? TimeSpan.FromMilliseconds(milliseconds)
            : null;

    /// <summary>The server's <c>x-request-id</c>, when sent.</summary>
    public static string? RequestId(HttpResponseHeaders headers) =>
        headers.TryGetValues("x-request-id", out var values) ? values.FirstOrDefault() : null;
}
