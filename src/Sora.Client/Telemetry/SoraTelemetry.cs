namespace Sora.Client;

/// <summary>
/// The names under which the client reports traces and metrics (System.Diagnostics). Nothing is recorded, and no tag
/// is built, unless a listener subscribes to them, e.g. OpenTelemetry's <c>AddSource(SoraTelemetry.ActivitySourceName)</c>
/// and <c>AddMeter(SoraTelemetry.MeterName)</c>. No prompt and no API key is ever put into a span or a metric.
/// </summary>
public static class SoraTelemetry
{
    /// <summary>
    /// The <see cref="System.Diagnostics.ActivitySource"/>'s name: one client span per HTTP request and one internal span
    /// per <see cref="SoraClient.GenerateAsync"/> job. Its version is the client assembly's informational version.
    /// </summary>
    public const string ActivitySourceName = "Sora.Client";

    /// <summary>
    /// The <see cref="System.Diagnostics.Metrics.Meter"/>'s name: job duration, polls per job, retries by reason and
    /// media bytes downloaded. Its version is the client assembly's informational version.
    /// </summary>
    public const string MeterName = "Sora.Client";
}
