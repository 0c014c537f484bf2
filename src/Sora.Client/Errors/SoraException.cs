namespace Sora.Client;

/// <summary>
/// The base of every error the client raises for a call that did not succeed. Messages name the operation and the
/// video id; they never hold a header or the API key.
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

    /// <summary>The spec's operationId of the call that failed (<c>getVideo</c>), when there was one.</summary>
    public string? OperationId { get; }

    /// <summary>The video the call was about, when there was one.</summary>
    public string? VideoId { get; }

    /// <summary>"createVideo", or "getVideo for video_123": how messages name a call.</summary>
    private protected static string Describe(string? operationId, string? videoId) =>
        (operationId ?? "The request") + (videoId is null ? string.Empty : " for " + videoId);
}
