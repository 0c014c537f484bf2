using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Sora.Client.Logging;

/// <summary>
/// The client's log messages. They carry the operation, method, path (never the query, which may hold a signed
/// token), status, attempt and video id: never a header, so never the key.
/// </summary>
internal static class SoraLog
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

    public static void Responded(ILogger logger, string operationId, string method, string path, int statusCode, TimeSpan elapsed) =>
        s_responded(logger, operationId, method, path, statusCode, elapsed.TotalMilliseconds, null);

    public static void SendFailed(ILogger logger, string operationId, string method, string path, string failure) =>
        s_sendFailed(logger, operationId, method, path, failure, null);

    public static void Retrying(ILogger logger, string operationId, int attempt, TimeSpan delay, string reason) =>
        s_retrying(logger, operationId, attempt, delay.TotalMilliseconds, reason, null);

    public static void Polled(ILogger logger, string videoId, string status, int? progress) =>
        s_polled(logger, videoId, status, progress, null);

    public static void PollFailed(ILogger logger, string videoId, string reason) =>
        s_pollFailed(logger, videoId, reason, null);

    /// <summary>A failure named by kind and status only: exception messages may quote a server's text.</summary>
    public static string Reason(Exception exception) => exception switch
    {
        SoraApiException api => "HTTP " + api.StatusCode.ToString(CultureInfo.InvariantCulture),
        SoraConnectionException connection => connection.Failure.ToString(),
        SoraDownloadException download => download.Failure.ToString(),
        _ => exception.GetType().Name,
    };
}
