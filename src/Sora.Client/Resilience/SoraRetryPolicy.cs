using Polly;
using Polly.Retry;
using Sora.Client.Http;
using Sora.Client.Logging;
using Sora.Client.Telemetry;
using Sora.Contracts;

namespace Sora.Client.Resilience;

/// <summary>
/// The retry pipelines: exponential backoff with jitter on the options' clock, the server's <c>Retry-After</c> honoured
/// up to a cap. Requests that can be repeated (GET, DELETE, downloads) are retried on 429, 5xx and any connection
/// failure; requests that start a paid job only when <see cref="JobAcceptance"/> finds the server certainly did not
/// accept them, unless they carry an <c>Idempotency-Key</c> the server honours: then they are repeated as a GET is,
/// and a 409 (the first request with that key is still being processed) is waited out too.
/// </summary>
internal static class SoraRetryPolicy
{
    private static readonly ResiliencePropertyKey<SoraCall> s_call = new("Sora.Call");

    // RFC 9110 409 Conflict: what the idempotency-key draft answers while a request with the same key is in progress.
    private const int Conflict = 409;

    /// <summary>The pipeline for calls of the given kind.</summary>
    /// <param name="options">The retry options.</param>
    /// <param name="createsJob">Whether the calls start a paid job.</param>
    /// <param name="keyed">Whether those calls carry an <c>Idempotency-Key</c> the server honours.</param>
    /// <param name="timeProvider">The clock backoffs wait on.</param>
    /// <param name="log">Where retries are logged.</param>
    public static ResiliencePipeline Create(SoraRetryOptions options, bool createsJob, bool keyed, TimeProvider timeProvider, SoraLog log)
    {
        if (options.MaxRetryAttempts == 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => new ValueTask<bool>(args.Outcome.Exception is { } e && ShouldRetry(e, createsJob, keyed)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                DelayGenerator = args => new ValueTask<TimeSpan?>(ServerDelay(args.Outcome.Exception, options.MaxRetryAfter)),
                OnRetry = args =>
                {
                    if (args.Context.Properties.TryGetValue(s_call, out var call) && args.Outcome.Exception is { } e)
                    {
                        log.Retrying(call.Operation.OperationId, args.AttemptNumber + 1, args.RetryDelay, SoraLog.Reason(e));
                        RetryMetric.Record(call, e);
                    }

                    return default;
                },
            })
            .Build();
    }

    /// <summary>Runs <paramref name="attempt"/> through <paramref name="pipeline"/>, naming <paramref name="call"/> in retry logs.</summary>
    public static async Task<T> ExecuteAsync<T>(ResiliencePipeline pipeline, SoraCall call, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(s_call, call);
            return await pipeline.ExecuteAsync(
                static async (context, attempt) => await attempt(context.CancellationToken).ConfigureAwait(false),
                context,
                attempt).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Whether a failed attempt may be sent again.</summary>
    /// <param name="failure">What the attempt threw.</param>
    /// <param name="createsJob">Whether the request starts a job (then <see cref="JobAcceptance"/> decides, unless it is keyed).</param>
    /// <param name="keyed">Whether it carries an <c>Idempotency-Key</c> the server honours, so a repeat cannot start a second job.</param>
    public static bool ShouldRetry(Exception failure, bool createsJob, bool keyed = false) => failure switch
    {
        _ when createsJob && !keyed => JobAcceptance.MaySendAgain(failure),
        SoraApiException { StatusCode: Conflict } when keyed => true,
        SoraApiException api => IsTransientStatus(api.StatusCode),
        SoraConnectionException => true,
        SoraDownloadException download => download.CanRestart,
        _ => false,
    };

    /// <summary>The spec's verdict on a status, or, where it says nothing, the usual transient ones (408, 429, 5xx).</summary>
    public static bool IsTransientStatus(int status) =>
        SoraRetryGuidance.IsRetryable(status) ?? status is 408 or 429 or >= 500;

    private static TimeSpan? ServerDelay(Exception? failure, TimeSpan cap) =>
        failure is SoraApiException { RetryAfter: { } wait } ? (wait < cap ? wait : cap) : null;
}
