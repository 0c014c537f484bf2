using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sora.Client.Configuration;
using Sora.Client.Errors;
using Sora.Client.Resilience;
using Sora.Client.Telemetry;

namespace Sora.Client.Http;

/// <summary>
/// Sends one request and reads its answer: a success (or, when asked, a redirect) comes back; everything else becomes a
/// typed exception that says whether the request got out and whether a job may have been started. Retrying is the
/// caller's business (see <c>SoraRetryPolicy</c>).
/// </summary>
internal sealed class SoraTransport
{
    private readonly HttpClient _http;
    private readonly ClientSettings _settings;

    public SoraTransport(HttpClient http, ClientSettings settings)
    {
        _http = http;
        _settings = settings;
    }

    /// <summary>
    /// Sends the request with the headers read only, so a large body is streamed by the caller, who disposes the response.
    /// </summary>
    /// <param name="call">The operation and video, for errors and logs.</param>
    /// <param name="url">Where to send it.</param>
    /// <param name="content">Makes the body; a fresh one per attempt, since a sent body cannot be sent again.</param>
    /// <param name="sendKey">Whether the URL may receive the API key.</param>
    /// <param name="returnRedirects">Whether a redirect with a Location comes back instead of failing.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<HttpResponseMessage> SendAsync(SoraCall call, Uri url, Func<HttpContent>? content, bool sendKey, bool returnRedirects, CancellationToken cancellationToken)
    {
        var operationId = call.Operation.OperationId;
        using var request = new HttpRequestMessage(new HttpMethod(call.Operation.Method), url) { Content = content?.Invoke() };
        if (sendKey)
        {
            _settings.Credentials.Apply(request);
        }

        if (call.IdempotencyKey is { } idempotencyKey)
        {
            IdempotencyKeys.Apply(request, idempotencyKey);
        }

        var started = _settings.TimeProvider.GetTimestamp();
        using var span = HttpCallSpan.Start(call, url, _settings.BaseAddress);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            var failure = IsBeforeSending(e.HttpRequestError) ? SoraConnectionFailure.ConnectFailed : SoraConnectionFailure.SendFailed;
            _settings.Log.SendFailed(operationId, request.Method.Method, url.AbsolutePath, failure.ToString());
            HttpCallSpan.RecordFailure(span, failure.ToString());
            throw ConnectionFailed(call, failure, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The caller did not cancel, so HttpClient's own timeout fired: the request may well have arrived.
            _settings.Log.SendFailed(operationId, request.Method.Method, url.AbsolutePath, nameof(SoraConnectionFailure.TimedOut));
            HttpCallSpan.RecordFailure(span, nameof(SoraConnectionFailure.TimedOut));
            throw ConnectionFailed(call, SoraConnectionFailure.TimedOut, e);
        }
        catch (OperationCanceledException e)
        {
            HttpCallSpan.RecordFailure(span, e.GetType().FullName!);
            throw;
        }

        _settings.Log.Responded(operationId, request.Method.Method, url.AbsolutePath, (int)response.StatusCode, _settings.TimeProvider.GetElapsedTime(started));
        HttpCallSpan.Responded(span, (int)response.StatusCode);
        if (response.IsSuccessStatusCode || (returnRedirects && IsRedirect(response.StatusCode) && response.Headers.Location is not null))
        {
            return response;
        }

        using (response)
        {
            throw await ApiErrorReader.ReadAsync(call, response, _settings, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads a success response's JSON body as <typeparamref name="T"/>, at most <see cref="SoraClientOptions.MaxJsonResponseBytes"/>
    /// of it: an announced length above the limit fails before a byte is read, a body that grows past it stops there.
    /// </summary>
    /// <exception cref="SoraConnectionException">The body broke off.</exception>
    /// <exception cref="SoraApiException">The body is over the limit, or not a <typeparamref name="T"/>.</exception>
    public async Task<T> ReadJsonAsync<T>(SoraCall call, HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var limit = _settings.MaxJsonResponseBytes;
        var announced = response.Content.Headers.ContentLength;
        if (announced > limit)
        {
            throw ApiErrorReader.UnexpectedBody(call, response, [], _settings, string.Create(CultureInfo.InvariantCulture,
                $"the body announces {announced} bytes (Content-Length), more than the {limit} bytes {nameof(SoraClientOptions)}.{nameof(SoraClientOptions.MaxJsonResponseBytes)} allows; nothing was read"));
        }

        BoundedRead body;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                body = await BoundedBody.ReadAsync(stream, announced, limit, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw ConnectionFailed(call, SoraConnectionFailure.ResponseInterrupted, e);
        }

        if (body.Exceeded)
        {
            throw ApiErrorReader.UnexpectedBody(call, response, body.Bytes.Span, _settings, string.Create(CultureInfo.InvariantCulture,
                $"the body is larger than the {limit} bytes {nameof(SoraClientOptions)}.{nameof(SoraClientOptions.MaxJsonResponseBytes)} allows; reading stopped there"));
        }

        try
        {
            return JsonSerializer.Deserialize(body.Bytes.Span, typeInfo)
                ?? throw new JsonException("The body is JSON null.");
        }
        catch (JsonException e)
        {
            throw ApiErrorReader.UnexpectedBody(call, response, body.Bytes.Span, _settings, "the body is not a " + typeof(T).Name + " (" + e.Message + ")");
        }
    }

    private SoraConnectionException ConnectionFailed(SoraCall call, SoraConnectionFailure failure, Exception cause) =>
        new(call.Operation.OperationId, call.VideoId, failure, JobAcceptance.MayHaveBeenAccepted(call, failure), cause, _settings.Redactor);

    // These fail before a byte of the request is written: the server cannot have seen it.
    private static bool IsBeforeSending(HttpRequestError error) => error is HttpRequestError.NameResolutionError
        or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
