using System.Text;
using System.Text.Json;
using Sora.Client.Configuration;
using Sora.Client.Http;
using Sora.Contracts;

namespace Sora.Client.Errors;

/// <summary>
/// Turns an unsuccessful response into a <see cref="SoraApiException"/>: the JSON error envelope when the body is one,
/// otherwise a sanitized excerpt of whatever came (an HTML page from a proxy, nothing, half a JSON object).
/// </summary>
internal static class ApiErrorReader
{
    // An error body worth reading is small; a proxy's page or a runaway stream is not read to the end.
    private const int MaxBodyBytes = 64 * 1024;

    public static async Task<SoraApiException> ReadAsync(SoraCall call, HttpResponseMessage response, ClientSettings settings, CancellationToken cancellationToken)
    {
        var (body, complete) = await ReadPrefixAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var details = FromHeaders(response, settings) with { ResponseComplete = complete };
        var credentials = settings.Credentials;
        details = TryReadEnvelope(body) is { } error
            ? details with
            {
                Message = TextSanitizer.Clean(credentials.Redact(error.Message), maxLength: 1000),
                Code = TextSanitizer.Clean(credentials.Redact(error.Code)),
                Type = TextSanitizer.Clean(credentials.Redact(error.Type)),
                Param = TextSanitizer.Clean(credentials.Redact(error.Param)),
            }
            : details with
            {
                BodyExcerpt = Excerpt(body, settings),
                Problem = !complete ? "the body broke off" : body.Length > 0 ? "the body is not a JSON error object" : "the body is empty",
            };
        return new SoraApiException(details, call.Operation.OperationId, call.VideoId);
    }

    /// <summary>The error for a success response whose body is not what the spec promises.</summary>
    public static SoraApiException UnexpectedBody(SoraCall call, HttpResponseMessage response, byte[] body, ClientSettings settings, string problem) =>
        new(FromHeaders(response, settings) with { BodyExcerpt = Excerpt(body, settings), Problem = problem }, call.Operation.OperationId, call.VideoId);

    private static SoraApiErrorDetails FromHeaders(HttpResponseMessage response, ClientSettings settings) => new((int)response.StatusCode)
    {
        RequestId = TextSanitizer.Clean(settings.Credentials.Redact(ResponseHeaders.RequestId(response.Headers))),
        RetryAfter = ResponseHeaders.RetryAfter(response.Headers, settings.TimeProvider.GetUtcNow()),
    };

    private static ApiError? TryReadEnvelope(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, SoraJsonContext.Default.ErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Redact before cleaning: cleaning could split the key (a tag or a line break inside it) and hide it from the search.
    private static string? Excerpt(byte[] body, ClientSettings settings) =>
        TextSanitizer.Clean(settings.Credentials.Redact(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, MaxBodyBytes))));

    private static async Task<(byte[] Body, bool Complete)> ReadPrefixAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var chunk = new byte[8192];
                int read;
                while (buffer.Length < MaxBodyBytes && (read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                }
            }

            return (buffer.ToArray(), true);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return (buffer.ToArray(), false);
        }
    }
}
