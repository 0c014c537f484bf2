using System.Globalization;
using Sora.Contracts;

namespace Sora.Client;

/// <summary>
/// How a job is polled until it is final. The first poll comes within the spec's advised window
/// (<see cref="SoraPolling.FirstPollMin"/> to <see cref="SoraPolling.FirstPollMax"/> after creation); later intervals
/// start from the window's upper bound and grow by <see cref="GrowthFactor"/>, with jitter, up to
/// <see cref="MaxInterval"/>; the whole wait ends after <see cref="Timeout"/>. With the defaults a ten-minute job costs
/// at most 15 polls and its completion is seen within a minute.
/// </summary>
public sealed class SoraPollingOptions
{
    /// <summary>The earliest first poll after creation. Default: the spec's <see cref="SoraPolling.FirstPollMin"/>.</summary>
    public TimeSpan FirstPollMin { get; set; } = SoraPolling.FirstPollMin;

    /// <summary>The latest first poll after creation. Default: the spec's <see cref="SoraPolling.FirstPollMax"/>.</summary>
    public TimeSpan FirstPollMax { get; set; } = SoraPolling.FirstPollMax;

    /// <summary>How much each interval grows over the previous one (1 keeps it constant). Default 1.5.</summary>
    public double GrowthFactor { get; set; } = 1.5;

    /// <summary>The random spread of each later interval, as a fraction of it (0.1 is ±10 %; 0 is none). Default 0.1.</summary>
    public double JitterFraction { get; set; } = 0.1;

    /// <summary>The shortest interval, also the floor for a server's hint. Default 1 second.</summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest interval, also the ceiling for a server's hint, so a finished job is seen within this time.
    /// Default 60 seconds.
    /// </summary>
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long to wait for a job in all before giving up (the spec requires such a limit). Default 30 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The settings, for diagnostics.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{{ FirstPoll = {FirstPollMin}..{FirstPollMax}, GrowthFactor = {GrowthFactor}, JitterFraction = {JitterFraction}, Interval = {MinInterval}..{MaxInterval}, Timeout = {Timeout} }}");

    internal SoraPollingOptions Clone() => (SoraPollingOptions)MemberwiseClone();
}
