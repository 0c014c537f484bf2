using System.Diagnostics;
using Sora.Contracts;

namespace Sora.Client.Telemetry;

/// <summary>Counts the media bytes of a completed download, tagged by content variant.</summary>
internal static class DownloadMetric
{
    public static void Record(VideoContentVariant variant, long bytes)
    {
        if (SoraInstrumentation.DownloadedBytes.Enabled)
        {
            SoraInstrumentation.DownloadedBytes.Add(bytes, new TagList { { TelemetryTags.Variant, variant.Value } });
        }
    }
}
