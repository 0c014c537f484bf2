using Sora.Client.Configuration;
using Sora.Client.Errors;
using Sora.Client.Http;
using Sora.Client.Logging;
using Sora.Client.Resilience;
using Sora.Client.Telemetry;
using Sora.Contracts;

namespace Sora.Client.Polling;

/// <summary>
/// Polls a job until its status is final, on the <see cref="PollingSchedule"/> and the options' clock. Each poll is a
/// single GET: a passing failure (429, 5xx, a broken connection) does not end the wait but moves to the next poll,
/// after the server's <c>Retry-After</c> when it sent one; only the overall timeout ends it.
/// </summary>
internal sealed class JobPoller
{
    private readonly SoraTransport _transport;
    private readonly SoraEndpoints _endpoints;
    private readonly ClientSettings _settings;

    public JobPoller(SoraTransport transport, SoraEndpoints endpoints, ClientSettings settings)
    {
        _transport = transport;
        _endpoints = endpoints;
        _settings = settings;
    }

    /// <summary>Waits for <paramref name="videoId"/> to succeed, reporting every poll.</summary>
    /// <exception cref="SoraJobFailedException">The job ended without success.</exception>
    /// <exception cref="SoraTimeoutException">The overall timeout passed first.</exception>
    public async Task<Video> WaitAsync(string videoId, IProgress<Video>? progress, CancellationToken cancellationToken)
    {
        var time = _settings.TimeProvider;
        var started = time.GetTimestamp();
        var schedule = new PollingSchedule(_settings.Polling, Random.Shared.NextDouble);
        var call = new SoraCall(SoraOperations.GetVideo, videoId);
        var url = _endpoints.For(SoraOperations.GetVideo, videoId);
        Video? last = null;
        TimeSpan? hint = null;
        while (schedule.TryGetNextDelay(time.GetElapsedTime(started), hint, out var delay))
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            try
            {
                (last, hint) = await PollOnceAsync(call, url, cancellationToken).ConfigureAwait(false);
            }
            catch (SoraException e) when (SoraRetryPolicy.ShouldRetry(e, createsJob: false))
            {
                _settings.Log.PollFailed(videoId, SoraLog.Reason(e));
                RetryMetric.Record(call, e);
                hint = (e as SoraApiException)?.RetryAfter;
                continue;
            }

            _settings.Log.Polled(videoId, last.Status.Value, last.Progress);
            progress?.Report(last);
            if (last.Status.IsTerminal)
            {
                return EnsureSucceeded(last);
            }
        }

        throw new SoraTimeoutException(call.Operation.OperationId, videoId, _settings.Polling.Timeout, last, _settings.Redactor);
    }

    /// <summary>Returns a job that succeeded; throws for one that ended otherwise.</summary>
    /// <exception cref="SoraJobFailedException">The job ended without success.</exception>
    public Video EnsureSucceeded(Video video)
    {
        if (video.Status == VideoStatus.Lifecycle.Success)
        {
            return video;
        }

        var error = video.Error is { } e ? TextSanitizer.Clean(_settings.Redactor.Redact(e.Code + ": " + e.Message), maxLength: 1000) : null;
        throw new SoraJobFailedException(video, SoraOperations.GetVideo.OperationId, error, _settings.Redactor);
    }

    private async Task<(Video Job, TimeSpan? Hint)> PollOnceAsync(SoraCall call, Uri url, CancellationToken cancellationToken)
    {
        JobTelemetry.Current?.CountPoll();
        using var response = await _transport.SendAsync(call, url, content: null, sendKey: true, returnRedirects: false, cancellationToken).ConfigureAwait(false);
        var hint = ResponseHeaders.PollAfter(response.Headers);
        return (await _transport.ReadJsonAsync(call, response, SoraJsonContext.Default.Video, cancellationToken).ConfigureAwait(false), hint);
    }
}
