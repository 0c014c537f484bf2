using Sora.Contracts;

namespace Sora.Client;

/// <summary>
/// Waiting for a job took longer than the polling timeout. The job may still finish: fetch it later with
/// <see cref="SoraException.VideoId"/>.
/// </summary>
public sealed class SoraTimeoutException : SoraException
{
    internal SoraTimeoutException(string operationId, string videoId, TimeSpan timeout, Video? lastSeen)
        : base(Describe(operationId, videoId) + ": the job did not finish within " + timeout + (lastSeen is null ? "." : " (last status " + lastSeen.Status.Value + ")."), operationId, videoId)
    {
        Timeout = timeout;
        LastSeen = lastSeen;
    }

    /// <summary>The overall timeout that ran out.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The job as last polled, when a poll succeeded.</summary>
    public Video? LastSeen { get; }
}
