using Sora.Client.Redaction;

namespace Sora.Client;

/// <summary>
/// The base of every error the client raises for a call that did not succeed. Messages name the operation and the
/// video id; they never hold a header or the API key, not even when a server echoes the key back (in a message, a job
/// id, a redirect): what came from the server is redacted in the message, in every property and in
/// <see cref="Exception.ToString"/>.
/// </summary>
public abstract class SoraException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="operationId">The spec's operationId of the call (<c>createVideo</c>), when there was one.</param>
    /// <param name="videoId">The video the call was about, when there was one.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    protected SoraException(string message, string? operationId, string? videoId, Exception? innerException = null)
        : base(message, innerException)
    {
        OperationId = operationId;
        VideoId = videoId;
    }

    // The client's own errors: the message, the id and the underlying failure may all hold a server's text.
    private protected SoraException(string message, string? operationId, string? videoId, Exception? innerException, SecretRedactor redactor)
        : this(redactor.Redact(message)!, operationId, redactor.Redact(videoId), redactor.Shield(innerException))
    {
    }

    /// <summary>The spec's operationId of the call that failed (<c>getVideo</c>), when there was one.</summary>
    public string? OperationId { get; }

    /// <summary>The video the call was about, when there was one (with the key masked, should a server have made it part of an id).</summary>
    public string? VideoId { get; }

    /// <summary>"createVideo", or "getVideo for video_123": how messages name a call.</summary>
    private protected static string Describe(string? operationId, string? videoId) =>
        (operationId ?? "The request") + (videoId is null ? string.Empty : " for " + videoId);

    /// <summary>What a message adds when a job may have been started although the call failed.</summary>
    private protected static string MayHaveBeenAcceptedNote(bool mayHaveBeenAccepted) => mayHaveBeenAccepted
        ? " The server may have accepted the job, so it was not sent again; list the jobs (ListAsync) before creating it once more."
        : string.Empty;
}
