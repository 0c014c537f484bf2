using Sora.Client.Redaction;
using Sora.Contracts;

namespace Sora.Client;

/// <summary>
/// Waiting for a job took longer than the polling timeout. The job may still finish: fetch it later with
/// <see cref="SoraException.VideoId"/>.
/// </summary>
public sealed class SoraTimeoutException : SoraException
{
    internal SoraTimeoutException(string operationId, string videoId, TimeSpan timeout, Video? lastSeen, SecretRedactor redactor)
        : base(redactor.Redact(SoraErrorText.Describe(operationId, videoId) + ": the job did not finish within " + timeout + (lastSeen is null ? "." : " (last status " + lastSeen.Status.Value + ")."))!, operationId, redactor.Redact(videoId), innerException: null)
    {
        Timeout = timeout;
        LastSeen = lastSeen is null ? null : RedactedJob.Of(lastSeen, redactor);
    }

    /// <summary>The overall timeout that ran out.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The job as last polled, when a poll succeeded (a copy with the API key masked wherever a server had put it).</summary>
    public Video? LastSeen { get; }
}
