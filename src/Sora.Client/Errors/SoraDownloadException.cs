using Sora.Client.Redaction;

namespace Sora.Client;

/// <summary>
/// A download did not produce the expected file or bytes. Nothing was written at the target path (a partial file is
/// deleted); a stream destination may hold the bytes received before the failure, but never a byte of a body whose
/// start is not the expected media.
/// </summary>
public sealed class SoraDownloadException : SoraException
{
    internal SoraDownloadException(string operationId, string? videoId, SoraDownloadFailure failure, string detail, SecretRedactor redactor, bool canRestart = false, Exception? innerException = null)
        : base(redactor.Redact(SoraErrorText.Describe(operationId, videoId) + ": " + detail)!, operationId, redactor.Redact(videoId), redactor.Shield(innerException))
    {
        Failure = failure;
        CanRestart = canRestart;
    }

    /// <summary>What was wrong.</summary>
    public SoraDownloadFailure Failure { get; }

    /// <summary>Whether the download may be started again from scratch (the destination can be reset).</summary>
    internal bool CanRestart { get; }
}
