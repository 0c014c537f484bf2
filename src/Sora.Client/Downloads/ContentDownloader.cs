using System.Buffers;
using System.Globalization;
using System.Net.Mime;
using Polly;
using Sora.Client.Configuration;
using Sora.Client.Http;
using Sora.Client.Resilience;

namespace Sora.Client.Downloads;

/// <summary>
/// Streams media to a destination and checks it: the Content-Type must be the variant's media type, the byte count
/// the announced Content-Length. Redirects are followed here (the primary handler does not), so the key goes only to
/// the base address's origin and plain http is refused as for the base address. A body that breaks off is fetched
/// again from the start when the destination can be reset.
/// </summary>
internal sealed class ContentDownloader
{
    private const int MaxRedirects = 5;
    private const int BufferSize = 81920;

    private readonly SoraTransport _transport;
    private readonly ClientSettings _settings;
    private readonly ResiliencePipeline _pipeline;

    public ContentDownloader(SoraTransport transport, ClientSettings settings, ResiliencePipeline pipeline)
    {
        _transport = transport;
        _settings = settings;
        _pipeline = pipeline;
    }

    /// <summary>Fails early, before anything is requested or paid for, when the target exists and may not be replaced.</summary>
    public static void EnsureTargetFree(SoraCall call, string target, bool overwrite)
    {
        if (!overwrite && (File.Exists(target) || Directory.Exists(target)))
        {
            throw TargetExists(call, target);
        }
    }

    /// <summary>Downloads to <paramref name="path"/> through a partial file that is renamed only when complete and checked.</summary>
    public async Task<SoraDownloadResult> DownloadToFileAsync(SoraCall call, Uri url, string? expectedMediaType, string path, bool overwrite, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(path);
        EnsureTargetFree(call, target, overwrite);
        var partial = PartialFile.CreateBeside(target);
        await using (partial.ConfigureAwait(false))
        {
            var (length, contentType) = await DownloadAsync(call, url, expectedMediaType, partial.Stream, cancellationToken).ConfigureAwait(false);
            try
            {
                await partial.CommitAsync(target, overwrite).ConfigureAwait(false);
            }
            catch (IOException) when (!overwrite && File.Exists(target))
            {
                throw TargetExists(call, target);
            }

            return new SoraDownloadResult(target, length, contentType);
        }
    }

    /// <summary>Downloads to <paramref name="destination"/>; returns the byte count and the server's media type.</summary>
    public Task<(long Length, string? ContentType)> DownloadAsync(SoraCall call, Uri url, string? expectedMediaType, Stream destination, CancellationToken cancellationToken)
    {
        var restartable = destination.CanSeek;
        var origin = restartable ? destination.Position : 0;
        var attempts = 0;
        return SoraRetryPolicy.ExecuteAsync(
            _pipeline,
            call,
            token =>
            {
                if (attempts++ > 0 && restartable)
                {
                    destination.SetLength(origin);
                    destination.Position = origin;
                }

                return AttemptAsync(call, url, expectedMediaType, destination, restartable, token);
            },
            cancellationToken);
    }

    private async Task<(long Length, string? ContentType)> AttemptAsync(SoraCall call, Uri url, string? expectedMediaType, Stream destination, bool restartable, CancellationToken cancellationToken)
    {
        using var response = await FollowRedirectsAsync(call, url, cancellationToken).ConfigureAwait(false);
        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (!IsExpectedMediaType(contentType, expectedMediaType))
        {
            throw new SoraDownloadException(call.Operation.OperationId, call.VideoId, SoraDownloadFailure.ContentTypeMismatch,
                $"expected {expectedMediaType}, but the server sent {contentType}.");
        }

        var announced = response.Content.Headers.ContentLength;
        var written = 0L;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                while (true)
                {
                    int read;
                    try
                    {
                        read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is IOException or HttpRequestException)
                    {
                        throw Truncated(call, written, announced, restartable, e);
                    }

                    if (read == 0)
                    {
                        break;
                    }

                    // A failure to write (a full disk) is the destination's, not the server's: it is not caught here.
                    await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    written += read;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (announced is { } length && length != written)
        {
            throw written < length
                ? Truncated(call, written, announced, restartable, null)
                : new SoraDownloadException(call.Operation.OperationId, call.VideoId, SoraDownloadFailure.LengthMismatch,
                    string.Create(CultureInfo.InvariantCulture, $"the server announced {length} bytes but sent {written}."));
        }

        return (written, contentType);
    }

    private async Task<HttpResponseMessage> FollowRedirectsAsync(SoraCall call, Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (!UrlPolicy.IsAllowed(current, _settings.AllowInsecureHttp))
            {
                throw new SoraDownloadException(call.Operation.OperationId, call.VideoId, SoraDownloadFailure.InsecureUrl,
                    $"refused to fetch {UrlPolicy.Describe(current)}: plain http to a host that is not loopback (set {nameof(SoraClientOptions.AllowInsecureHttp)} to allow it).");
            }

            var sendKey = UrlPolicy.IsSameOrigin(current, _settings.BaseAddress);
            var response = await _transport.SendAsync(call, current, content: null, sendKey, returnRedirects: true, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            var location = response.Headers.Location!;
            response.Dispose();
            if (hop == MaxRedirects)
            {
                throw new SoraDownloadException(call.Operation.OperationId, call.VideoId, SoraDownloadFailure.BadRedirect,
                    string.Create(CultureInfo.InvariantCulture, $"more than {MaxRedirects} redirects, the last to {UrlPolicy.Describe(location.IsAbsoluteUri ? location : new Uri(current, location))}."));
            }

            current = location.IsAbsoluteUri ? location : new Uri(current, location);
        }
    }

    // Storage services often label any file application/octet-stream, and some send no type: neither is taken as a
    // mismatch. A definite other type (an HTML error page served with 200) is.
    private static bool IsExpectedMediaType(string? actual, string? expected) =>
        expected is null || actual is null
        || string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase)
        || string.Equals(actual, MediaTypeNames.Application.Octet, StringComparison.OrdinalIgnoreCase);

    private static SoraDownloadException Truncated(SoraCall call, long written, long? announced, bool restartable, Exception? cause) =>
        new(call.Operation.OperationId, call.VideoId, SoraDownloadFailure.Truncated,
            string.Create(CultureInfo.InvariantCulture, $"the body broke off after {written} bytes{(announced is { } n ? $" of {n}" : string.Empty)}."),
            canRestart: restartable, innerException: cause);

    private static SoraDownloadException TargetExists(SoraCall call, string target) =>
        new(call.Operation.OperationId, call.VideoId, SoraDownloadFailure.TargetExists,
            $"'{target}' already exists; choose another path or allow overwriting.");
}
