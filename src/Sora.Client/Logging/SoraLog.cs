using System.Globalization;
using Microsoft.Extensions.Logging;
using Sora.Client.Redaction;

namespace Sora.Client.Logging;

/// <summary>
/// The client's log messages. They carry the operation, method, path (never the query, which may hold a signed
/// token), status, attempt and video id: never a header. Whatever in them came from a server (a path a redirect named,
/// a job id, a status) is redacted, so a server that echoes the key does not get it logged.
/// </summary>
internal sealed class SoraLog
{
    private static readonly Action<ILogger, string, string, string, int, double, Exception?> s_responded =
        LoggerMessage.Define<string, string, string, int, double>(LogLevel.Debug, new EventId(1, "Responded"),
            "Sora {OperationId}: {Method} {Path} returned {StatusCode} after {ElapsedMs} ms");

    private static readonly Action<ILogger, string, string, string, string, Exception?> s_sendFailed =
        LoggerMessage.Define<string, string, string, string>(LogLevel.Debug, new EventId(2, "SendFailed"),
            "Sora {OperationId}: {Method} {Path} failed ({Failure})");

    private static readonly Action<ILogger, string, int, double, string, Exception?> s_retrying =
        LoggerMessage.Define<string, int, double, string>(LogLevel.Information, new EventId(3, "Retrying"),
            "Sora {OperationId}: retry {Attempt} in {DelayMs} ms after {Reason}");

    private static readonly Action<ILogger, string, string, int?, Exception?> s_polled =
        LoggerMessage.Define<string, string, int?>(LogLevel.Debug, new EventId(4, "Polled"),
            "Sora video {VideoId} is {Status} ({Progress} %)");

    private static readonly Action<ILogger, string, string, Exception?> s_pollFailed =
        LoggerMessage.Define<string, string>(LogLevel.Information, new EventId(5, "PollFailed"),
            "Sora video {VideoId}: poll failed ({Reason}); polling goes on");

    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    public SoraLog(ILogger logger, SecretRedactor redactor)
    {
        _logger = logger;
        _redactor = redactor;
    }

    public void Responded(string operationId, string method, string path, int statusCode, TimeSpan elapsed) =>
        s_responded(_logger, operationId, method, Redact(path), statusCode, elapsed.TotalMilliseconds, null);

    public void SendFailed(string operationId, string method, string path, string failure) =>
        s_sendFailed(_logger, operationId, method, Redact(path), failure, null);

    public void Retrying(string operationId, int attempt, TimeSpan delay, string reason) =>
        s_retrying(_logger, operationId, attempt, delay.TotalMilliseconds, reason, null);

    public void Polled(string videoId, string status, int? progress) =>
        s_polled(_logger, Redact(videoId), Redact(status), progress, null);

    public void PollFailed(string videoId, string reason) =>
        s_pollFailed(_logger, Redact(videoId), reason, null);

    /// <summary>A failure named by kind and status only: exception messages may quote a server's text.</summary>
    public static string Reason(Exception exception) => exception switch
    {
        SoraApiException api => "HTTP " + api.StatusCode.ToString(CultureInfo.InvariantCulture),
        SoraConnectionException connection => connection.Failure.ToString(),
        SoraDownloadException download => download.Failure.ToString(),
        _ => exception.GetType().Name,
    };

    private string Redact(string text) => _redactor.Redact(text)!;
}
