using System.Diagnostics;
using System.Globalization;
using Sora.Client.Http;

namespace Sora.Client.Telemetry;

/// <summary>
/// Counts a request sent again, or a failed poll followed by another, tagged by reason: <c>429</c>, <c>5xx</c>, another
/// status code, <c>timeout</c> (HttpClient's), <c>network</c> (a connection failed or broke), <c>truncated</c> (a
/// download broke off), or the exception's type.
/// </summary>
internal static class RetryMetric
{
    public static void Record(SoraCall call, Exception failure)
    {
        if (!SoraInstrumentation.Retries.Enabled)
        {
            return;
        }

        SoraInstrumentation.Retries.Add(1, new TagList
        {
            { TelemetryTags.RetryReason, Reason(failure) },
            { TelemetryTags.Operation, call.Operation.OperationId },
        });
    }

    /// <summary>The reason a failure is retried, from its kind and status only (never its message).</summary>
    public static string Reason(Exception failure) => failure switch
    {
        SoraApiException { StatusCode: >= 500 } => "5xx",
        SoraApiException api => api.StatusCode.ToString(CultureInfo.InvariantCulture),
        SoraConnectionException { Failure: SoraConnectionFailure.TimedOut } => "timeout",
        SoraConnectionException => "network",
        SoraDownloadException { Failure: SoraDownloadFailure.Truncated } => "truncated",
        _ => failure.GetType().FullName ?? failure.GetType().Name,
    };
}
