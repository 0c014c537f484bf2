using System.Diagnostics;
using Sora.Client.Redaction;
using Sora.Contracts;

namespace Sora.Client.Telemetry;

/// <summary>
/// One job of <see cref="SoraClient.GenerateAsync"/>, from its create request to its terminal status and download: an
/// internal span that the job's HTTP spans are children of, the HTTP attempts and polls it took, and the job duration
/// and polls-per-job measurements. It exists only while someone listens; the calls inside a job find it through
/// <see cref="Current"/>. What a server sent (the id, a status) is redacted; the prompt is never read.
/// </summary>
internal sealed class JobTelemetry
{
    private static readonly AsyncLocal<JobTelemetry?> s_current = new();

    private readonly Activity? _span;
    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;
    private readonly long _started;
    private readonly string? _provider;
    private string? _model;
    private string? _status;
    private string? _errorType;
    private int _attempts;
    private int _polls;

    private JobTelemetry(Activity? span, CreateVideoRequest request, SoraProvider? provider, TimeProvider time, SecretRedactor redactor)
    {
        _span = span;
        _time = time;
        _redactor = redactor;
        _started = time.GetTimestamp();
        _provider = provider?.Id;
        _model = request.Model?.Value;
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(TelemetryTags.Provider, _provider);
            span.SetTag(TelemetryTags.Model, _model);
            span.SetTag(TelemetryTags.Size, request.Size?.Value);
            span.SetTag(TelemetryTags.Seconds, request.Seconds?.Value);
        }
    }

    /// <summary>The job the current call belongs to, if one is being observed.</summary>
    public static JobTelemetry? Current => s_current.Value;

    /// <summary>Starts observing a job, or returns null (allocating nothing) when no listener wants its span or measurements.</summary>
    public static JobTelemetry? Start(CreateVideoRequest request, SoraProvider? provider, TimeProvider time, SecretRedactor redactor)
    {
        var tracing = SoraInstrumentation.Source.HasListeners();
        if (!tracing && !SoraInstrumentation.JobDuration.Enabled && !SoraInstrumentation.PollsPerJob.Enabled)
        {
            return null;
        }

        var span = tracing ? SoraInstrumentation.Source.StartActivity("sora.job", ActivityKind.Internal) : null;
        var job = new JobTelemetry(span, request, provider, time, redactor);
        s_current.Value = job;
        return job;
    }

    /// <summary>Counts one HTTP request sent for the job (a retry is one more).</summary>
    public void CountAttempt() => Interlocked.Increment(ref _attempts);

    /// <summary>Counts one status poll.</summary>
    public void CountPoll() => Interlocked.Increment(ref _polls);

    /// <summary>Records the job the server created; what the request left to the server's defaults comes from it.</summary>
    public void Created(Video job)
    {
        _model ??= _redactor.Redact(job.Model.Value);
        if (_span is { IsAllDataRequested: true })
        {
            _span.SetTag(TelemetryTags.VideoId, _redactor.Redact(job.Id));
            _span.SetTag(TelemetryTags.Model, _model);
            _span.SetTag(TelemetryTags.Size, _span.GetTagItem(TelemetryTags.Size) ?? _redactor.Redact(job.Size?.Value));
            _span.SetTag(TelemetryTags.Seconds, _span.GetTagItem(TelemetryTags.Seconds) ?? _redactor.Redact(job.Seconds?.Value));
        }
    }

    /// <summary>Records the job's last known status.</summary>
    public void Reached(Video job) => _status = _redactor.Redact(job.Status.Value);

    /// <summary>Records why the job did not end with its media saved: the exception's type, never its message.</summary>
    public void RecordFailure(Exception failure)
    {
        switch (failure)
        {
            case SoraJobFailedException failed:
                Reached(failed.Job);
                break;
            case SoraTimeoutException { LastSeen: { } last }:
                Reached(last);
                break;
        }

        _errorType = failure.GetType().FullName;
    }

    /// <summary>Ends the span and records the measurements.</summary>
    public void End()
    {
        var attempts = Volatile.Read(ref _attempts);
        var polls = Volatile.Read(ref _polls);
        var tags = new TagList
        {
            { TelemetryTags.Provider, _provider },
            { TelemetryTags.Model, _model },
            { TelemetryTags.Status, _status },
        };
        if (_errorType is not null)
        {
            tags.Add(TelemetryTags.ErrorType, _errorType);
        }

        SoraInstrumentation.JobDuration.Record(_time.GetElapsedTime(_started).TotalSeconds, tags);
        SoraInstrumentation.PollsPerJob.Record(polls, tags);
        if (_span is null)
        {
            return;
        }

        _span.SetTag(TelemetryTags.Attempts, attempts);
        _span.SetTag(TelemetryTags.Polls, polls);
        _span.SetTag(TelemetryTags.Status, _status);
        if (_errorType is not null)
        {
            _span.SetTag(TelemetryTags.ErrorType, _errorType);
            _span.SetStatus(ActivityStatusCode.Error, _errorType);
        }

        _span.Stop();
    }
}
