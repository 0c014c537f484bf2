using Sora.Client.Redaction;

namespace Sora.Client;

/// <summary>
/// The call did not get a usable response: the connection could not be made, broke, or timed out. When
/// <see cref="RequestMayHaveBeenAccepted"/> is true the server may have started a paid job anyway, so the client did not
/// send the request again: look for the job (<c>ListAsync</c>) before creating it once more.
/// </summary>
public sealed class SoraConnectionException : SoraException
{
    internal SoraConnectionException(string operationId, string? videoId, SoraConnectionFailure failure, bool requestMayHaveBeenAccepted, Exception? innerException, SecretRedactor redactor)
        : base(redactor.Redact(Compose(operationId, videoId, failure, requestMayHaveBeenAccepted))!, operationId, redactor.Redact(videoId), redactor.Shield(innerException))
    {
        Failure = failure;
        RequestMayHaveBeenAccepted = requestMayHaveBeenAccepted;
    }

    /// <summary>At which point the call failed.</summary>
    public SoraConnectionFailure Failure { get; }

    /// <summary>
    /// True when the call would have started a job and failed after the request left the client (a timeout, a reset,
    /// a response that ended early): the server may have accepted it.
    /// </summary>
    public bool RequestMayHaveBeenAccepted { get; }

    private static string Compose(string operationId, string? videoId, SoraConnectionFailure failure, bool mayHaveBeenAccepted)
    {
        var reason = failure switch
        {
            SoraConnectionFailure.ConnectFailed => "the connection could not be established",
            SoraConnectionFailure.TimedOut => "the request timed out",
            SoraConnectionFailure.ResponseInterrupted => "the connection broke before the whole response arrived",
            _ => "the connection failed after the request was sent",
        };
        return SoraErrorText.Describe(operationId, videoId) + " did not complete: " + reason + "." + SoraErrorText.MayHaveBeenAcceptedNote(mayHaveBeenAccepted);
    }
}
