using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly;
using Sora.Client.Configuration;
using Sora.Client.Downloads;
using Sora.Client.Http;
using Sora.Client.Polling;
using Sora.Client.Resilience;
using Sora.Client.Telemetry;
using Sora.Contracts;
using Sora.Contracts.Validation;
using Sora.Shared;

namespace Sora.Client;

/// <summary>
/// A typed client for the OpenAI-compatible video generation protocol (<c>/v1/videos</c>). Requests are validated
/// locally against the spec and the provider profile before they are sent; every failure is a typed
/// <see cref="SoraException"/>; passing failures are retried, but a request that starts a paid job only when the server
/// certainly did not accept it (a 429); downloads land at their target only when complete and checked. Every read is
/// bounded (<see cref="SoraClientOptions.MaxJsonResponseBytes"/>, <see cref="SoraClientOptions.MaxDownloadBytes"/>), and
/// the API key is masked in every error and log line even when a server echoes it back. Thread-safe.
/// </summary>
public sealed class SoraClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttpClient;
    private readonly ClientSettings _settings;
    private readonly SoraEndpoints _endpoints;
    private readonly SoraTransport _transport;
    private readonly ResiliencePipeline _repeatable;
    private readonly ResiliencePipeline _creating;
    private readonly ResiliencePipeline _creatingWithKey;
    private readonly ContentDownloader _downloader;
    private readonly JobPoller _poller;

    /// <summary>
    /// A client over <paramref name="httpClient"/>, which it does not own or dispose. The client sets every URL and
    /// header itself (the HttpClient's BaseAddress and default headers are not used). Give it a handler that does not
    /// follow redirects (<c>AllowAutoRedirect = false</c>), or redirects are followed by .NET, which carries a custom
    /// <c>api-key</c> header to any host.
    /// </summary>
    /// <exception cref="ArgumentException">An option is missing or invalid; the message names it.</exception>
    public SoraClient(HttpClient httpClient, SoraClientOptions options)
        : this(httpClient, options, fallbackLogger: null)
    {
    }

    /// <summary>A client that owns its <see cref="HttpClient"/> (redirects are not followed by .NET); dispose it when done.</summary>
    /// <exception cref="ArgumentException">An option is missing or invalid; the message names it.</exception>
    public SoraClient(SoraClientOptions options)
        : this(ClientSettings.From(options, fallbackLogger: null), httpClient: null)
    {
    }

    internal SoraClient(HttpClient httpClient, SoraClientOptions options, ILogger? fallbackLogger)
        : this(ClientSettings.From(options, fallbackLogger), httpClient ?? throw new ArgumentNullException(nameof(httpClient)))
    {
    }

    // The owned HttpClient is made only after the options passed their checks, so a bad option leaks nothing.
    private SoraClient(ClientSettings settings, HttpClient? httpClient)
    {
        _settings = settings;
        _ownsHttpClient = httpClient is null;
        _http = httpClient ?? new HttpClient(PrimaryHandler.Create());
        _endpoints = new SoraEndpoints(settings.BaseAddress);
        _transport = new SoraTransport(_http, settings);
        _repeatable = SoraRetryPolicy.Create(settings.Retry, createsJob: false, keyed: false, settings.TimeProvider, settings.Log);
        _creating = SoraRetryPolicy.Create(settings.Retry, createsJob: true, keyed: false, settings.TimeProvider, settings.Log);
        _creatingWithKey = SoraRetryPolicy.Create(settings.Retry, createsJob: true, keyed: true, settings.TimeProvider, settings.Log);
        _downloader = new ContentDownloader(_transport, settings, _repeatable);
        _poller = new JobPoller(_transport, _endpoints, settings);
    }

    /// <summary>Starts a job (<c>POST /videos</c>): JSON, or multipart when an image file is attached or the provider documents multipart first.</summary>
    /// <remarks>
    /// Sent again only after a 429. After any other failure that does not prove the server turned it away (a 5xx, a
    /// success with an unusable or oversized body, a connection lost after sending) it is not repeated, since the job
    /// may exist: the exception's <c>RequestMayHaveBeenAccepted</c> is true, and the jobs should be listed before the
    /// request is made once more. When the server honours <c>Idempotency-Key</c>
    /// (<see cref="SoraClientOptions.IdempotencyKeys"/>), the create carries a new key and such failures are retried
    /// with that same key, which cannot start a second job.
    /// </remarks>
    /// <exception cref="NotSupportedException">The provider's profile does not offer creating a job.</exception>
    /// <exception cref="SoraValidationException">The request breaks the spec's or the provider's rules; nothing was sent.</exception>
    /// <exception cref="SoraApiException">The server refused it, or failed; see <see cref="SoraApiException.RequestMayHaveBeenAccepted"/>.</exception>
    /// <exception cref="SoraConnectionException">No usable response; see <see cref="SoraConnectionException.RequestMayHaveBeenAccepted"/>.</exception>
    public Task<Video> CreateAsync(CreateVideoRequest request, CancellationToken cancellationToken = default) =>
        CreateCoreAsync(request, idempotencyKey: null, cancellationToken);

    /// <summary>
    /// Starts a job (<c>POST /videos</c>) as <see cref="CreateAsync(CreateVideoRequest, CancellationToken)"/> does, with
    /// <paramref name="idempotencyKey"/> as its <c>Idempotency-Key</c>: give the same key when the same logical job is
    /// asked for again (after a crash, say), and a server that honours the header answers with the job it already made.
    /// It is retried like a GET only when <see cref="SoraClientOptions.IdempotencyKeys"/> says the server honours it.
    /// </summary>
    /// <param name="request">The job to start.</param>
    /// <param name="idempotencyKey">1 to 255 printable ASCII characters without <c>"</c> or <c>\</c>; not a secret.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The key cannot be sent as it is.</exception>
    /// <exception cref="SoraValidationException">The request breaks the spec's or the provider's rules; nothing was sent.</exception>
    /// <exception cref="SoraApiException">The server refused it, or failed; see <see cref="SoraApiException.RequestMayHaveBeenAccepted"/>.</exception>
    /// <exception cref="SoraConnectionException">No usable response; see <see cref="SoraConnectionException.RequestMayHaveBeenAccepted"/>.</exception>
    public Task<Video> CreateAsync(CreateVideoRequest request, string idempotencyKey, CancellationToken cancellationToken = default) =>
        CreateCoreAsync(request, IdempotencyKeys.Check(idempotencyKey, nameof(idempotencyKey)), cancellationToken);

    private async Task<Video> CreateCoreAsync(CreateVideoRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = SoraOperations.CreateVideo;
        EnsureOffered(operation);
        var body = RequestBodies.ForCreate(request, _settings.Provider);
        var call = new SoraCall(operation, null, idempotencyKey ?? (_settings.SendsIdempotencyKeys ? IdempotencyKeys.New() : null));
        return await SendJsonAsync(call, _endpoints.For(operation), body, SoraJsonContext.Default.Video, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets a job's latest status and progress (<c>GET /videos/{id}</c>).</summary>
    /// <exception cref="SoraApiException">The server refused it (404: no such job), or its body is not a job or is larger than <see cref="SoraClientOptions.MaxJsonResponseBytes"/> (not retried).</exception>
    /// <exception cref="SoraConnectionException">No usable response after the retries.</exception>
    public async Task<Video> GetAsync(string videoId, CancellationToken cancellationToken = default)
    {
        RequireId(videoId);
        var operation = SoraOperations.GetVideo;
        return await SendJsonAsync(new SoraCall(operation, videoId), _endpoints.For(operation, videoId), null, SoraJsonContext.Default.Video, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every job, page after page (<c>GET /videos</c>, following <c>has_more</c> and <c>last_id</c>).</summary>
    /// <param name="pageSize">Jobs per page (<c>limit</c>); the server's default when null.</param>
    /// <param name="order">Sort order by creation time; the server's default when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public async IAsyncEnumerable<Video> ListAsync(int? pageSize = null, ListOrder? order = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        while (true)
        {
            var page = await ListPageAsync(after, pageSize, order, cancellationToken).ConfigureAwait(false);
            foreach (var job in page.Data)
            {
                yield return job;
            }

            var next = page.LastId ?? (page.Data.Count > 0 ? page.Data[^1].Id : null);
            // A server that says "more" without moving its cursor would otherwise be asked for the same page forever.
            if (page.HasMore != true || page.Data.Count == 0 || next is null || next == after)
            {
                yield break;
            }

            after = next;
        }
    }

    /// <summary>One page of jobs (<c>GET /videos</c>).</summary>
    /// <param name="after">The previous page's <c>last_id</c>; null for the first page.</param>
    /// <param name="pageSize">Jobs per page (<c>limit</c>, within the spec's bounds); the server's default when null.</param>
    /// <param name="order">Sort order by creation time; the server's default when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is outside the spec's bounds; nothing was sent.</exception>
    /// <exception cref="NotSupportedException">The provider's profile does not offer listing jobs.</exception>
    /// <exception cref="InvalidOperationException">The provider demands a parameter that <see cref="SoraClientOptions.ProviderParameters"/> does not give; the message names both.</exception>
    public async Task<VideoList> ListPageAsync(string? after = null, int? pageSize = null, ListOrder? order = null, CancellationToken cancellationToken = default)
    {
        var operation = SoraOperations.ListVideos;
        EnsureOffered(operation);
        RequireProviderParameters(operation);
        if (pageSize is { } size && operation.FindParameter(QueryParameters.Limit) is { } limit && !limit.Admits(size))
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), size, $"The spec bounds {limit.Name} to {limit.Minimum}..{limit.Maximum}.");
        }

        var url = _endpoints.For(operation, query:
        [
            new(QueryParameters.After, after),
            new(QueryParameters.Limit, pageSize?.ToString(CultureInfo.InvariantCulture)),
            new(QueryParameters.Order, order?.Value),
            .. ProviderParametersOf(operation),
        ]);
        return await SendJsonAsync(new SoraCall(operation, null), url, null, SoraJsonContext.Default.VideoList, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a job and its assets (<c>DELETE /videos/{id}</c>).</summary>
    /// <exception cref="SoraApiException">The server refused it (404: no such job).</exception>
    public async Task<DeletedVideo> DeleteAsync(string videoId, CancellationToken cancellationToken = default)
    {
        RequireId(videoId);
        var operation = SoraOperations.DeleteVideo;
        return await SendJsonAsync(new SoraCall(operation, videoId), _endpoints.For(operation, videoId), null, SoraJsonContext.Default.DeletedVideo, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a new job from a completed one with a new prompt (<c>POST /videos/{id}/remix</c>).</summary>
    /// <remarks>Starts a paid job, so it is retried as a create is: only after a 429, or with an <c>Idempotency-Key</c> the server honours.</remarks>
    /// <exception cref="NotSupportedException">The provider's profile does not offer remixing.</exception>
    /// <exception cref="SoraValidationException">The request breaks the spec's rules; nothing was sent.</exception>
    /// <exception cref="SoraApiException">The server refused it, or failed; see <see cref="SoraApiException.RequestMayHaveBeenAccepted"/>.</exception>
    /// <exception cref="SoraConnectionException">No usable response; see <see cref="SoraConnectionException.RequestMayHaveBeenAccepted"/>.</exception>
    public Task<Video> RemixAsync(string videoId, RemixVideoRequest request, CancellationToken cancellationToken = default) =>
        RemixCoreAsync(videoId, request, idempotencyKey: null, cancellationToken);

    /// <summary>Starts a remix as <see cref="RemixAsync(string, RemixVideoRequest, CancellationToken)"/> does, with <paramref name="idempotencyKey"/> as its <c>Idempotency-Key</c>.</summary>
    /// <param name="videoId">The completed job to remix.</param>
    /// <param name="request">The new prompt.</param>
    /// <param name="idempotencyKey">1 to 255 printable ASCII characters without <c>"</c> or <c>\</c>; not a secret.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The key cannot be sent as it is.</exception>
    /// <exception cref="SoraValidationException">The request breaks the spec's rules; nothing was sent.</exception>
    /// <exception cref="SoraApiException">The server refused it, or failed; see <see cref="SoraApiException.RequestMayHaveBeenAccepted"/>.</exception>
    /// <exception cref="SoraConnectionException">No usable response; see <see cref="SoraConnectionException.RequestMayHaveBeenAccepted"/>.</exception>
    public Task<Video> RemixAsync(string videoId, RemixVideoRequest request, string idempotencyKey, CancellationToken cancellationToken = default) =>
        RemixCoreAsync(videoId, request, IdempotencyKeys.Check(idempotencyKey, nameof(idempotencyKey)), cancellationToken);

    private async Task<Video> RemixCoreAsync(string videoId, RemixVideoRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        RequireId(videoId);
        ArgumentNullException.ThrowIfNull(request);
        var operation = SoraOperations.RemixVideo;
        EnsureOffered(operation);
        var body = RequestBodies.ForRemix(request, _settings.Provider);
        var call = new SoraCall(operation, videoId, idempotencyKey ?? (_settings.SendsIdempotencyKeys ? IdempotencyKeys.New() : null));
        return await SendJsonAsync(call, _endpoints.For(operation, videoId), body, SoraJsonContext.Default.Video, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The models this key may use (<c>GET /models</c>).</summary>
    public async Task<ModelList> ListModelsAsync(CancellationToken cancellationToken = default)
    {
        var operation = SoraOperations.ListModels;
        return await SendJsonAsync(new SoraCall(operation, null), _endpoints.For(operation), null, SoraJsonContext.Default.ModelList, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Streams a job's media (<c>GET /videos/{id}/content</c>) into <paramref name="destination"/>, checking its type,
    /// its first bytes (they must be the variant's media, whatever the Content-Type says; nothing reaches the stream
    /// before they are checked) and its length (at most <see cref="SoraClientOptions.MaxDownloadBytes"/>). A body that
    /// breaks off is fetched again only when the destination can seek (it is reset first).
    /// </summary>
    /// <param name="videoId">The job.</param>
    /// <param name="destination">Where the bytes go, from its current position.</param>
    /// <param name="variant">Which asset; the spec's default when null.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="SoraDownloadException">The media's type, first bytes or length are wrong, it is too large, or it broke off.</exception>
    public async Task<long> DownloadContentAsync(string videoId, Stream destination, VideoContentVariant? variant = null, CancellationToken cancellationToken = default)
    {
        RequireId(videoId);
        ArgumentNullException.ThrowIfNull(destination);
        var (length, _) = await _downloader.DownloadAsync(ContentCall(videoId), ContentUrl(videoId, variant), VariantOrDefault(variant), destination, cancellationToken).ConfigureAwait(false);
        return length;
    }

    /// <summary>
    /// Downloads a job's media (<c>GET /videos/{id}/content</c>) to <paramref name="path"/>: written beside it under a
    /// temporary name, then moved into place only when complete and checked (type, first bytes, length, at most
    /// <see cref="SoraClientOptions.MaxDownloadBytes"/>); a failure leaves nothing behind.
    /// </summary>
    /// <param name="videoId">The job.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="variant">Which asset; the spec's default when null.</param>
    /// <param name="overwrite">Whether an existing file may be replaced; otherwise it is refused before anything is fetched.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <exception cref="SoraDownloadException">The target exists, or the media's type, first bytes or length are wrong, or it is too large.</exception>
    public Task<SoraDownloadResult> DownloadContentToFileAsync(string videoId, string path, VideoContentVariant? variant = null, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        RequireId(videoId);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return _downloader.DownloadToFileAsync(ContentCall(videoId), ContentUrl(videoId, variant), VariantOrDefault(variant), path, overwrite, cancellationToken);
    }

    /// <summary>
    /// Downloads a finished job's media to <paramref name="path"/>, as <see cref="DownloadContentToFileAsync"/> does. When
    /// the job carries a <c>video_url</c> (UniGateway) and the default variant is asked for, that URL is fetched; the API
    /// key goes with it only if it is on the base address's host, and plain http is refused as for the base address.
    /// </summary>
    /// <param name="video">The finished job.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="variant">Which asset; the spec's default when null.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <exception cref="SoraDownloadException">The target exists, the URL is refused, or the media's type, first bytes or length are wrong, or it is too large.</exception>
    public Task<SoraDownloadResult> DownloadAsync(Video video, string path, VideoContentVariant? variant = null, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(video);
        RequireId(video.Id, nameof(video));
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var url = MediaUrl(video, variant) ?? ContentUrl(video.Id, variant);
        return _downloader.DownloadToFileAsync(ContentCall(video.Id), url, VariantOrDefault(variant), path, overwrite, cancellationToken);
    }

    /// <summary>
    /// Polls a job until its status is final: the first poll within the spec's window after the call
    /// (<see cref="SoraPolling.FirstPollMin"/> to <see cref="SoraPolling.FirstPollMax"/>), then at growing intervals with
    /// jitter up to a cap, honouring the server's <c>openai-poll-after-ms</c> or <c>Retry-After</c>, until the overall
    /// timeout (<see cref="SoraClientOptions.Polling"/>). Passing failures do not end the wait.
    /// </summary>
    /// <param name="videoId">The job.</param>
    /// <param name="progress">Told the job after every successful poll.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The job, with a success status.</returns>
    /// <exception cref="SoraJobFailedException">The job ended without success (failed, cancelled).</exception>
    /// <exception cref="SoraTimeoutException">The overall timeout passed; the job may still finish.</exception>
    public Task<Video> WaitForCompletionAsync(string videoId, IProgress<Video>? progress = null, CancellationToken cancellationToken = default)
    {
        RequireId(videoId);
        return _poller.WaitAsync(videoId, progress, cancellationToken);
    }

    /// <summary>
    /// Creates a job, waits for it and downloads its media to <paramref name="path"/>. An existing file at the path is
    /// refused before the job is created, so nothing is paid for a download that could not be saved.
    /// </summary>
    /// <param name="request">The job to start.</param>
    /// <param name="path">The file to write; must not exist.</param>
    /// <param name="progress">Told the job when created and after every poll.</param>
    /// <param name="cancellationToken">Cancels the whole (the job itself keeps running on the server).</param>
    /// <exception cref="SoraValidationException">The request breaks the spec's or the provider's rules; nothing was sent.</exception>
    /// <exception cref="SoraApiException">The server refused or failed the create (not repeated unless it was a 429; see <see cref="SoraApiException.RequestMayHaveBeenAccepted"/>) or a poll.</exception>
    /// <exception cref="SoraConnectionException">The create got no usable response; see <see cref="SoraConnectionException.RequestMayHaveBeenAccepted"/>.</exception>
    /// <exception cref="SoraJobFailedException">The job ended without success.</exception>
    /// <exception cref="SoraTimeoutException">The job did not finish in time; its id is on the exception.</exception>
    /// <exception cref="SoraDownloadException">The target exists, or the download failed (the job id is on the exception).</exception>
    public async Task<SoraGenerationResult> GenerateAsync(CreateVideoRequest request, string path, IProgress<Video>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var target = Path.GetFullPath(path);
        _downloader.EnsureTargetFree(new SoraCall(SoraOperations.CreateVideo, null), target, overwrite: false);
        var job = JobTelemetry.Start(request, _settings.Provider, _settings.TimeProvider, _settings.Redactor);
        try
        {
            var created = await CreateAsync(request, cancellationToken).ConfigureAwait(false);
            job?.Created(created);
            progress?.Report(created);
            var finished = created.Status.IsTerminal
                ? _poller.EnsureSucceeded(created)
                : await _poller.WaitAsync(created.Id, progress, cancellationToken).ConfigureAwait(false);
            job?.Reached(finished);
            var download = await DownloadAsync(finished, target, variant: null, overwrite: false, cancellationToken).ConfigureAwait(false);
            return new SoraGenerationResult(finished, download);
        }
        catch (Exception e) when (job is not null)
        {
            job.RecordFailure(e);
            throw;
        }
        finally
        {
            job?.End();
        }
    }

    /// <summary>Disposes the <see cref="HttpClient"/> if this client created it.</summary>
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _http.Dispose();
        }
    }

    private Task<T> SendJsonAsync<T>(SoraCall call, Uri url, Func<HttpContent>? body, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        EnsureOffered(call.Operation);
        return SoraRetryPolicy.ExecuteAsync(
            !call.CreatesJob ? _repeatable : call.IdempotencyKey is not null && _settings.SendsIdempotencyKeys ? _creatingWithKey : _creating,
            call,
            async token =>
            {
                using var response = await _transport.SendAsync(call, url, body, sendKey: true, returnRedirects: false, token).ConfigureAwait(false);
                return await _transport.ReadJsonAsync(call, response, typeInfo, token).ConfigureAwait(false);
            },
            cancellationToken);
    }

    // A profile that lists its operations (new-api) is believed: a call it does not offer would only earn a 404 or 405.
    private void EnsureOffered(SoraOperation operation)
    {
        if (_settings.Provider is { } provider && !provider.Supports(operation.OperationId))
        {
            throw new NotSupportedException(
                $"Provider {provider.Id} does not offer {operation.OperationId} ({operation.Method} {operation.PathTemplate}); it offers {string.Join(", ", provider.Operations!)}.");
        }
    }

    // A proxy refuses the call without it, so it is not sent: the caller learns which option to set.
    private void RequireProviderParameters(SoraOperation operation)
    {
        if (_settings.Provider is { } provider
            && ProviderRequirements.FirstMissingParameter(operation, provider, name => _settings.ProviderParameters.GetValueOrDefault(name)) is { } missing)
        {
            throw new InvalidOperationException(
                $"Provider {provider.Id} requires the {missing} parameter on {operation.OperationId} ({operation.Method} {operation.PathTemplate}); "
                + $"give it in {nameof(SoraClientOptions)}.{nameof(SoraClientOptions.ProviderParameters)}[\"{missing}\"].");
        }
    }

    // The caller's values, on the operations that declare them; the ones the client fills itself are left to it.
    private IEnumerable<KeyValuePair<string, string?>> ProviderParametersOf(SoraOperation operation) =>
        _settings.ProviderParameters
            .Where(p => operation.FindParameter(p.Key) is not null && p.Key is not (QueryParameters.After or QueryParameters.Limit or QueryParameters.Order))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value));

    private SoraCall ContentCall(string videoId)
    {
        EnsureOffered(SoraOperations.DownloadVideoContent);
        return new(SoraOperations.DownloadVideoContent, videoId);
    }

    private Uri ContentUrl(string videoId, VideoContentVariant? variant) =>
        _endpoints.For(SoraOperations.DownloadVideoContent, videoId, variant is { } chosen ? [new(QueryParameters.Variant, chosen.Value)] : null);

    private static VideoContentVariant VariantOrDefault(VideoContentVariant? variant) => variant ?? VideoContentVariant.Default;

    // video_url is the default variant's media; another variant, or a URL that is not http(s), goes to the content endpoint.
    private Uri? MediaUrl(Video video, VideoContentVariant? variant) =>
        video.VideoUrl is { Length: > 0 } link
        && (variant is null || variant == VideoContentVariant.Default)
        && Uri.TryCreate(_settings.BaseAddress, link, out var url)
        && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : null;

    private static void RequireId(string videoId, [CallerArgumentExpression(nameof(videoId))] string? parameter = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(videoId, parameter);
        if (videoId is "." or "..")
        {
            throw new ArgumentException("A video id cannot be '.' or '..'.", parameter);
        }
    }
}
