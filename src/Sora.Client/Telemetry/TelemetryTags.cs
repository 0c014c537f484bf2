namespace Sora.Client.Telemetry;

/// <summary>
/// The attribute names the client's spans and metrics carry: OpenTelemetry's HTTP client semantic conventions where
/// they apply, <c>sora.*</c> for the rest.
/// </summary>
internal static class TelemetryTags
{
    public const string HttpRequestMethod = "http.request.method";
    public const string HttpResponseStatusCode = "http.response.status_code";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string UrlTemplate = "url.template";
    public const string ErrorType = "error.type";

    public const string Operation = "sora.operation";
    public const string VideoId = "sora.video.id";
    public const string Provider = "sora.provider";
    public const string Model = "sora.model";
    public const string Size = "sora.size";
    public const string Seconds = "sora.seconds";
    public const string Attempts = "sora.attempts";
    public const string Polls = "sora.polls";
    public const string Status = "sora.status";
    public const string RetryReason = "sora.retry.reason";
    public const string Variant = "sora.variant";
}
