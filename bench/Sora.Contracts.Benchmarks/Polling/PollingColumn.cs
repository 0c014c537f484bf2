using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sora.Client;

namespace Sora.Contracts.Benchmarks.Polling;

/// <summary>
/// Requests and detection delay beside BenchmarkDotNet's timings. The benchmark itself runs in a child process whose
/// return values BenchmarkDotNet discards, so the host measures them again with the same end-to-end harness.
/// </summary>
internal sealed class PollingColumn : IColumn
{
    private const int Runs = 100;
    private static readonly ConcurrentDictionary<int, IReadOnlyList<WaitOutcome>> s_outcomes = new();
    private readonly Func<IReadOnlyList<WaitOutcome>, string> _describe;

    private PollingColumn(string name, string legend, Func<IReadOnlyList<WaitOutcome>, string> describe)
    {
        ColumnName = name;
        Legend = legend;
        _describe = describe;
    }

    public static readonly PollingColumn Requests = new(
        "Requests",
        $"GET requests per wait, min / median / max of {Runs} end-to-end waits",
        outcomes => Spread.Of(outcomes.Select(o => (double)o.Requests)).Format("0"));

    public static readonly PollingColumn Delay = new(
        "Detection delay",
        $"Seconds from completion to detection, median / max of {Runs} end-to-end waits, and the max as % of the job",
        outcomes =>
        {
            var delay = Spread.Of(outcomes.Select(o => o.DetectionDelay.TotalSeconds));
            return string.Create(CultureInfo.InvariantCulture, $"{delay.Median:0.0} / {delay.Max:0.0} s ({outcomes.Max(o => o.DelayPercent):0.0}%)");
        });

    public string Id => nameof(PollingColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        _describe(s_outcomes.GetOrAdd((int)benchmarkCase.Parameters[nameof(PollingBenchmarks.JobSeconds)], Measure));

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static IReadOnlyList<WaitOutcome> Measure(int jobSeconds) => Task.Run(async () =>
    {
        await using var harness = await EndToEndPolling.StartAsync(TimeSpan.FromSeconds(jobSeconds), pollAfter: null, new SoraPollingOptions()).ConfigureAwait(false);
        var outcomes = new List<WaitOutcome>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            outcomes.Add(await harness.WaitOnceAsync().ConfigureAwait(false));
        }

        return outcomes;
    }).GetAwaiter().GetResult();
}
