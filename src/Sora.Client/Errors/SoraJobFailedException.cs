using Sora.Client.Redaction;
using Sora.Contracts;

namespace Sora.Client;

/// <summary>
/// The job reached a final status other than success (failed or cancelled). <see cref="Job"/> is the final job, with
/// the API key masked wherever a server had put it (its id, its error, a field the spec does not know).
/// </summary>
public sealed class SoraJobFailedException : SoraException
{
    internal SoraJobFailedException(Video video, string operationId, string? errorText, SecretRedactor redactor)
        : base(redactor.Redact(Compose(video, operationId, errorText))!, operationId, redactor.Redact(video.Id), innerException: null)
    {
        Job = RedactedJob.Of(video, redactor);
    }

    /// <summary>The job as the server last reported it (a copy with the key masked).</summary>
    public Video Job { get; }

    /// <summary>Why it failed, when the server said (<c>error.code</c>, <c>error.message</c>).</summary>
    public VideoError? Error => Job.Error;

    private static string Compose(Video video, string operationId, string? errorText) =>
        SoraErrorText.Describe(operationId, video.Id) + ": the job ended with status " + video.Status.Value + (errorText is null ? "." : ": " + errorText);
}
