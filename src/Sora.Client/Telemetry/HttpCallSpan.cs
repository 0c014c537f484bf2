using System.Diagnostics;
using System.Globalization;
using Sora.Client.Http;

namespace Sora.Client.Telemetry;

/// <summary>
/// One client span per HTTP request, from sending to the response headers (for an error response, until its body is
/// read). It names the route by the spec's path template, never the URL, which carries ids and may carry a signed
/// token; a request to another origin (a redirect, a <c>video_url</c>) gets no template, as its path is not the spec's.
/// It also counts the request as an attempt of the job it belongs to.
/// </summary>
internal static class HttpCallSpan
{
    /// <summary>The started span, or null (and nothing allocated) when nobody listens.</summary>
    public static Activity? Start(SoraCall call, Uri url, Uri baseAddress)
    {
        JobTelemetry.Current?.CountAttempt();
        if (!SoraInstrumentation.Source.HasListeners())
        {
            return null;
        }

        var operation = call.Operation;
        var onBaseAddress = UrlPolicy.IsSameOrigin(url, baseAddress);
        var name = onBaseAddress ? operation.Method + " " + operation.PathTemplate : operation.Method;
        var activity = SoraInstrumentation.Source.StartActivity(name, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.HttpRequestMethod, operation.Method);
            activity.SetTag(TelemetryTags.ServerAddress, url.Host);
            activity.SetTag(TelemetryTags.ServerPort, url.Port);
            if (onBaseAddress)
            {
                activity.SetTag(TelemetryTags.UrlTemplate, operation.PathTemplate);
            }

            activity.SetTag(TelemetryTags.Operation, operation.OperationId);
        }

        return activity;
    }

    /// <summary>Records the status a response came back with; 4xx and 5xx mark the span failed.</summary>
    public static void Responded(Activity? activity, int statusCode)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(TelemetryTags.HttpResponseStatusCode, statusCode);
        if (statusCode >= 400)
        {
            // OpenTelemetry's convention: the status code itself is the error type.
            Fail(activity, statusCode.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Marks the span failed with a kind the client chose (never a server's text).</summary>
    public static void RecordFailure(Activity? activity, string errorType)
    {
        if (activity is not null)
        {
            Fail(activity, errorType);
        }
    }

    private static void Fail(Activity activity, string errorType)
    {
        activity.SetTag(TelemetryTags.ErrorType, errorType);
        activity.SetStatus(ActivityStatusCode.Error, errorType);
    }
}
