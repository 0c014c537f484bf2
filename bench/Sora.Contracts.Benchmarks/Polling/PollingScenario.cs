using System.Globalization;

namespace Sora.Contracts.Benchmarks.Polling;

/// <summary>A job length, and the wait a server asks for between polls (<c>openai-poll-after-ms</c>), if any.</summary>
internal sealed record PollingScenario(TimeSpan Job, TimeSpan? PollAfter)
{
    // The lengths, each without and with a 10 s server hint (the hint replaces the client's own schedule).
    public static readonly IReadOnlyList<PollingScenario> All =
    [
        .. new[] { 30, 120, 600 }.SelectMany(seconds => new PollingScenario[]
        {
            new(TimeSpan.FromSeconds(seconds), null),
            new(TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(10)),
        }),
    ];

    public string JobText => Job.TotalSeconds < 60 ? Job.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s" : Job.TotalMinutes.ToString(CultureInfo.InvariantCulture) + " min";

    public string HintText => PollAfter is { } hint ? hint.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s" : "none";
}
