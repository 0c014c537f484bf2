using System.Buffers;
using System.Globalization;
using System.Net.Mime;
using Polly;
using Sora.Client.Configuration;
using Sora.Client.Http;
using Sora.Client.Resilience;
using Sora.Client.Telemetry;
using Sora.Contracts;

namespace Sora.Client.Downloads;

/// <summary>
/// Streams media to a destination and checks it: the Content-Type must be the variant's media type, the first bytes
/// its signature (<see cref="MediaSignature"/>, checked before any byte is written), the byte count the announced
/// Content-Length and at most <see cref="SoraClientOptions.MaxDownloadBytes"/>. Redirects are followed here (the
/// primary handler does not), so the key goes only to the base address's origin and plain http is refused as for the
/// base address. A body that breaks off is fetched again from the start when the destination can be reset; a body of
/// the wrong kind or size is not.
/// </summary>
internal sealed class ContentDownloader
{
    private const int MaxRedirects = 5;
    private const int BufferSize = 81920;
    private const string LimitOption = nameof(SoraClientOptions) + "." + nameof(SoraClientOptions.MaxDownloadBytes);

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
    public void EnsureTargetFree(SoraCall call, string target, bool overwrite)
    {
        if (!overwrite && (File.Exists(target) || Directory.Exists(target)))
        {
            throw TargetExists(call, target);
        }
    }

    /// <summary>Downloads to <paramref name="path"/> through a partial file that is renamed only when complete and checked.</summary>
    public async Task<SoraDownloadResult> DownloadToFileAsync(SoraCall call, Uri url, VideoContentVariant variant, string path, bool overwrite, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(path);
        EnsureTargetFree(call, target, overwrite);
        var partial = PartialFile.CreateBeside(target);
        await using (partial.ConfigureAwait(false))
        {
            var (length, contentType) = await DownloadAsync(call, url, variant, partial.Stream, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Downloads <paramref name="variant"/> to <paramref name="destination"/>; returns the byte count and the server's media type.</summary>
    public async Task<(long Length, string? ContentType)> DownloadAsync(SoraCall call, Uri url, VideoContentVariant variant, Stream destination, CancellationToken cancellationToken)
    {
        var expectedMediaType = variant.MediaType;
        var restartable = destination.CanSeek;
        var origin = restartable ? destination.Position : 0;
        var attempts = 0;
        var downloaded = await SoraRetryPolicy.ExecuteAsync(
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
            cancellationToken).ConfigureAwait(false);
        DownloadMetric.Record(variant, downloaded.Length);
        return downloaded;
    }

    private async Task<(long Length, string? ContentType)> AttemptAsync(SoraCall call, Uri url, string? expectedMediaType, Stream destination, bool restartable, CancellationToken cancellationToken)
    {
        using var response = await FollowRedirectsAsync(call, url, cancellationToken).ConfigureAwait(false);
        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (!IsExpectedMediaType(contentType, expectedMediaType))
        {
            throw DownloadFailed(call, SoraDownloadFailure.ContentTypeMismatch, $"expected {expectedMediaType}, but the server sent {contentType}.");
        }

        var announced = response.Content.Headers.ContentLength;
        var limit = _settings.MaxDownloadBytes;
        if (announced > limit)
        {
            throw DownloadFailed(call, SoraDownloadFailure.TooLarge, string.Create(CultureInfo.InvariantCulture,
                $"the server announced {announced} bytes (Content-Length), more than the {limit} bytes {LimitOption} allows; nothing was read."));
        }

        long received;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                // The head is held back until it is checked, so no byte of an error page reaches the destination.
                var headLength = (int)Math.Min(MediaSignature.HeadLength, limit + 1);
                var held = 0;
                while (held < headLength)
                {
                    var read = await ReadAsync(call, body, buffer.AsMemory(held, headLength - held), held, announced, restartable, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    held += read;
                }

                if (announced > held && held < headLength)
                {
                    throw Truncated(call, held, announced, restartable, null);
                }

                if (MediaSignature.Mismatch(expectedMediaType, buffer.AsSpan(0, held)) is { } problem)
                {
                    throw DownloadFailed(call, SoraDownloadFailure.SignatureMismatch, problem + ".");
                }

                received = held;
                var chunk = held;
                while (chunk > 0)
                {
                    if (received > limit)
                    {
                        throw DownloadFailed(call, SoraDownloadFailure.TooLarge, string.Create(CultureInfo.InvariantCulture,
                            $"the body grew past the {limit} bytes {LimitOption} allows; reading stopped there."));
                    }

                    // A failure to write (a full disk) is the destination's, not the server's: it is not caught here.
                    await destination.WriteAsync(buffer.AsMemory(0, chunk), cancellationToken).ConfigureAwait(false);
                    var room = (int)Math.Min(buffer.Length, limit + 1 - received);
                    chunk = await ReadAsync(call, body, buffer.AsMemory(0, room), received, announced, restartable, cancellationToken).ConfigureAwait(false);
                    received += chunk;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (announced is { } length && length != received)
        {
            throw received < length
                ? Truncated(call, received, announced, restartable, null)
                : DownloadFailed(call, SoraDownloadFailure.LengthMismatch, string.Create(CultureInfo.InvariantCulture, $"the server announced {length} bytes but sent {received}."));
        }

        return (received, contentType);
    }

    // A read that fails is the body breaking off, which a restartable destination may try again.
    private async Task<int> ReadAsync(SoraCall call, Stream body, Memory<byte> into, long received, long? announced, bool restartable, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(into, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw Truncated(call, received, announced, restartable, e);
        }
    }

    private async Task<HttpResponseMessage> FollowRedirectsAsync(SoraCall call, Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (!UrlPolicy.IsAllowed(current, _settings.AllowInsecureHttp))
            {
                throw DownloadFailed(call, SoraDownloadFailure.InsecureUrl,
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
                throw DownloadFailed(call, SoraDownloadFailure.BadRedirect,
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

    private SoraDownloadException Truncated(SoraCall call, long received, long? announced, bool restartable, Exception? cause) =>
        new(call.Operation.OperationId, call.VideoId, SoraDownloadFailure.Truncated,
            string.Create(CultureInfo.InvariantCulture, $"the body broke off after {received} bytes{(announced is { } n ? $" of {n}" : string.Empty)}."),
            _settings.Redactor, canRestart: restartable, innerException: cause);

    private SoraDownloadException TargetExists(SoraCall call, string target) =>
        DownloadFailed(call, SoraDownloadFailure.TargetExists, $"'{target}' already exists; choose another path or allow overwriting.");

    private SoraDownloadException DownloadFailed(SoraCall call, SoraDownloadFailure failure, string detail) =>
        new(call.Operation.OperationId, call.VideoId, failure, detail, _settings.Redactor);
}
