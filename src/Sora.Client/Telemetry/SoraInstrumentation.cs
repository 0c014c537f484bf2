using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Sora.Client.Telemetry;

/// <summary>
/// The client's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, and their instruments. Process-wide, as
/// .NET's own libraries do: listeners subscribe by name, so every client instance reports under the same names.
/// </summary>
internal static class SoraInstrumentation
{
    private static readonly string? s_version =
        typeof(SoraInstrumentation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    public static ActivitySource Source { get; } = new(SoraTelemetry.ActivitySourceName, s_version);

    public static Meter Meter { get; } = new(SoraTelemetry.MeterName, s_version);

    public static Histogram<double> JobDuration { get; } = Meter.CreateHistogram<double>(
        "sora.client.job.duration", "s", "Time from a job's create request to its terminal status and download.");

    public static Histogram<int> PollsPerJob { get; } = Meter.CreateHistogram<int>(
        "sora.client.job.polls", "{poll}", "Status polls a job took to reach its terminal status.");

    public static Counter<long> Retries { get; } = Meter.CreateCounter<long>(
        "sora.client.retries", "{retry}", "Requests sent again, or polls that failed and were followed by another, by reason.");

    public static Counter<long> DownloadedBytes { get; } = Meter.CreateCounter<long>(
        "sora.client.download.bytes", "By", "Media bytes of completed downloads, by content variant.");
}
