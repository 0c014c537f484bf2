using System.Globalization;
using System.Text;
using Sora.Client.Errors;
using Sora.Client.Redaction;

namespace Sora.Client;

/// <summary>
/// The server answered with an error status (or with a success status and a body that is not what the spec says).
/// Carries what the error envelope said and, when the body was not the envelope (an HTML page from a proxy, an empty
/// or truncated body), a short sanitized excerpt of it. For a call that starts a job (create, remix), an answer that does
/// not prove the server turned the request away (a 5xx, a success with an unusable body) is not sent again:
/// <see cref="RequestMayHaveBeenAccepted"/> says so, and the job should be looked for (<c>ListAsync</c>) before the
/// request is made once more.
/// </summary>
public sealed class SoraApiException : SoraException
{
    internal SoraApiException(SoraApiErrorDetails details, string? operationId, string? videoId, bool requestMayHaveBeenAccepted, SecretRedactor redactor)
        : base(redactor.Redact(Compose(details, operationId, videoId, requestMayHaveBeenAccepted))!, operationId, redactor.Redact(videoId), innerException: null)
    {
        StatusCode = details.StatusCode;
        ErrorMessage = redactor.Redact(details.Message);
        ErrorCode = redactor.Redact(details.Code);
        ErrorType = redactor.Redact(details.Type);
        Param = redactor.Redact(details.Param);
        RequestId = redactor.Redact(details.RequestId);
        RetryAfter = details.RetryAfter;
        BodyExcerpt = redactor.Redact(details.BodyExcerpt);
        RequestMayHaveBeenAccepted = requestMayHaveBeenAccepted;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The envelope's <c>error.message</c>, when the body was the envelope.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The envelope's <c>error.code</c>, when sent.</summary>
    public string? ErrorCode { get; }

    /// <summary>The envelope's <c>error.type</c>, when sent.</summary>
    public string? ErrorType { get; }

    /// <summary>The envelope's <c>error.param</c>: the request parameter at fault, when sent.</summary>
    public string? Param { get; }

    /// <summary>The server's <c>x-request-id</c>, to quote when asking the provider about the call.</summary>
    public string? RequestId { get; }

    /// <summary>How long the server asked to wait (<c>Retry-After</c>, in seconds or as an HTTP date), when it did.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The start of the body, whitespace collapsed and markup removed, when the body was not the envelope.</summary>
    public string? BodyExcerpt { get; }

    /// <summary>
    /// True when the call would have started a job (create, remix) and its answer does not prove the server turned it
    /// away: the job may exist, so the request was not sent again.
    /// </summary>
    public bool RequestMayHaveBeenAccepted { get; }

    private static string Compose(SoraApiErrorDetails details, string? operationId, string? videoId, bool mayHaveBeenAccepted)
    {
        var text = new StringBuilder(SoraErrorText.Describe(operationId, videoId));
        text.Append(details.IsSuccessStatus ? " returned HTTP " : " failed with HTTP ").Append(details.StatusCode.ToString(CultureInfo.InvariantCulture));
        if (details.Code is not null)
        {
            text.Append(" (").Append(details.Code).Append(')');
        }

        if (details.Message is not null)
        {
            text.Append(": ").Append(details.Message);
        }
        else if (details.Problem is not null)
        {
            text.Append(": ").Append(details.Problem);
        }

        if (details.Param is not null)
        {
            text.Append(" [param: ").Append(details.Param).Append(']');
        }

        if (details.BodyExcerpt is not null)
        {
            text.Append(" Body: \"").Append(details.BodyExcerpt).Append('"');
        }

        if (details.RequestId is not null)
        {
            text.Append(" (request id ").Append(details.RequestId).Append(')');
        }

        return text.Append(SoraErrorText.MayHaveBeenAcceptedNote(mayHaveBeenAccepted)).ToString();
    }
}
