using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sora.Client.Configuration;
using Sora.Client.Errors;
using Sora.Client.Logging;

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

        var started = _settings.TimeProvider.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            var failure = IsBeforeSending(e.HttpRequestError) ? SoraConnectionFailure.ConnectFailed : SoraConnectionFailure.SendFailed;
            SoraLog.SendFailed(_settings.Logger, operationId, request.Method.Method, url.AbsolutePath, failure.ToString());
            throw new SoraConnectionException(operationId, call.VideoId, failure, call.CreatesJob && failure != SoraConnectionFailure.ConnectFailed, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The caller did not cancel, so HttpClient's own timeout fired: the request may well have arrived.
            SoraLog.SendFailed(_settings.Logger, operationId, request.Method.Method, url.AbsolutePath, nameof(SoraConnectionFailure.TimedOut));
            throw new SoraConnectionException(operationId, call.VideoId, SoraConnectionFailure.TimedOut, call.CreatesJob, e);
        }

        SoraLog.Responded(_settings.Logger, operationId, request.Method.Method, url.AbsolutePath, (int)response.StatusCode, _settings.TimeProvider.GetElapsedTime(started));
        if (response.IsSuccessStatusCode || (returnRedirects && IsRedirect(response.StatusCode) && response.Headers.Location is not null))
        {
            return response;
        }

        using (response)
        {
            throw await ApiErrorReader.ReadAsync(call, response, _settings, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a success response's JSON body as <typeparamref name="T"/>.</summary>
    /// <exception cref="SoraConnectionException">The body broke off.</exception>
    /// <exception cref="SoraApiException">The body is not a <typeparamref name="T"/>.</exception>
    public async Task<T> ReadJsonAsync<T>(SoraCall call, HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        byte[] body;
        try
        {
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw new SoraConnectionException(call.Operation.OperationId, call.VideoId, SoraConnectionFailure.ResponseInterrupted, call.CreatesJob, e);
        }

        try
        {
            return JsonSerializer.Deserialize(body, typeInfo)
                ?? throw new JsonException("The body is JSON null.");
        }
        catch (JsonException e)
        {
            var problem = "the body is not a " + typeof(T).Name + " (" + e.Message + ")"
                + (call.CreatesJob ? "; the server may have accepted the job" : string.Empty);
            throw ApiErrorReader.UnexpectedBody(call, response, body, _settings, problem);
        }
    }

    // These fail before a byte of the request is written: the server cannot have seen it.
    private static bool IsBeforeSending(HttpRequestError error) => error is HttpRequestError.NameResolutionError
        or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
