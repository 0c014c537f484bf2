namespace Sora.Client;

/// <summary>
/// The base of every error the toolkit raises: a request that breaks the spec's rules before anything is sent
/// (<c>SoraValidationException</c>, thrown by the builders here and by the client) and every client call that did not
/// succeed (the client's API, connection, timeout, job and download errors), so one <c>catch (SoraException)</c> handles
/// them all. It lives in this assembly, beside the validation it is the base of; its namespace is the client's, where
/// callers have always caught it. Messages name the operation and the video id; they never hold a header or the API
/// key, not even when a server echoes the key back: the client redacts what came from the server in the message, in
/// every property and in <see cref="Exception.ToString"/>.
/// </summary>
public abstract class SoraException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="operationId">The spec's operationId of the call (<c>createVideo</c>), when there was one; null for a check made before any call.</param>
    /// <param name="videoId">The video the call was about, when there was one.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    protected SoraException(string message, string? operationId, string? videoId, Exception? innerException = null)
        : base(message, innerException)
    {
        OperationId = operationId;
        VideoId = videoId;
    }

    /// <summary>The spec's operationId of the call that failed (<c>getVideo</c>), when there was one.</summary>
    public string? OperationId { get; }

    /// <summary>The video the call was about, when there was one (with the key masked, should a server have made it part of an id).</summary>
    public string? VideoId { get; }
}
