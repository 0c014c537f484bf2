using System.Text;
using System.Text.Json;
using Sora.Client.Configuration;
using Sora.Client.Http;
using Sora.Client.Resilience;
using Sora.Contracts;

namespace Sora.Client.Errors;

/// <summary>
/// Turns an unsuccessful response into a <see cref="SoraApiException"/>: the JSON error envelope when the body is one
/// (or the body of the schema the provider's profile names for its errors), otherwise a sanitized excerpt of whatever came (an HTML page from a proxy, nothing, half a JSON object).
/// </summary>
internal static class ApiErrorReader
{
    // An error body worth reading is small; a proxy's page or a runaway stream is not read to the end.
    private const int MaxBodyBytes = 64 * 1024;

    public static async Task<SoraApiException> ReadAsync(SoraCall call, HttpResponseMessage response, ClientSettings settings, CancellationToken cancellationToken)
    {
        var (body, complete) = await ReadPrefixAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var details = FromHeaders(response, settings);
        var redactor = settings.Redactor;
        details = (TryReadEnvelope(body) ?? (DetailErrorReader.Applies(settings.Provider) ? DetailErrorReader.TryRead(body) : null)) is { } error
            ? details with
            {
                Message = TextSanitizer.Clean(redactor.Redact(error.Message), maxLength: 1000),
                Code = TextSanitizer.Clean(redactor.Redact(error.Code)),
                Type = TextSanitizer.Clean(redactor.Redact(error.Type)),
                Param = TextSanitizer.Clean(redactor.Redact(error.Param)),
            }
            : details with
            {
                BodyExcerpt = Excerpt(body, settings),
                Problem = !complete ? "the body broke off" : body.Length > 0 ? "the body is not a JSON error object" : "the body is empty",
            };
        return Create(call, details, settings);
    }

    /// <summary>
    /// The error for a success response whose body is not what the spec promises (not the type, or over the size
    /// limit); <paramref name="body"/> is what was read of it.
    /// </summary>
    public static SoraApiException UnexpectedBody(SoraCall call, HttpResponseMessage response, ReadOnlySpan<byte> body, ClientSettings settings, string problem) =>
        Create(call, FromHeaders(response, settings) with { BodyExcerpt = Excerpt(body, settings), Problem = problem }, settings);

    private static SoraApiException Create(SoraCall call, SoraApiErrorDetails details, ClientSettings settings) =>
        new(details, call.Operation.OperationId, call.VideoId, JobAcceptance.MayHaveBeenAccepted(call, details.StatusCode), settings.Redactor);

    private static SoraApiErrorDetails FromHeaders(HttpResponseMessage response, ClientSettings settings) => new((int)response.StatusCode)
    {
        RequestId = TextSanitizer.Clean(settings.Redactor.Redact(ResponseHeaders.RequestId(response.Headers))),
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
    // The exception redacts again what cleaning made of it.
    private static string? Excerpt(ReadOnlySpan<byte> body, ClientSettings settings) =>
        TextSanitizer.Clean(settings.Redactor.Redact(Encoding.UTF8.GetString(body[..Math.Min(body.Length, MaxBodyBytes)])));

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
