using System.Diagnostics;
using System.Globalization;
using Sora.Client;

namespace Sora.Contracts.Benchmarks.Polling;

/// <summary>
/// The `--polling` report: requests and detection delay per job length, end to end and from the schedule model, a
/// sweep of lengths around each, and the verdict on the target (10-minute job: ≤ 15 requests, delay ≤ 10% of it).
/// </summary>
internal static class PollingReport
{
    private const int ModelSeeds = 10_000;
    private const int SweepSeeds = 100;
    private static readonly TimeSpan s_sweepStep = TimeSpan.FromSeconds(0.5);

    public static async Task<int> RunAsync(TextWriter output, int runs)
    {
        var options = new SoraPollingOptions();
        output.WriteLine($"Polling options: {options} (the defaults). Jobs: {EndToEndPolling.Queued.TotalSeconds:0} s queued, then running; virtual time.");
        output.WriteLine();

        var watch = Stopwatch.StartNew();
        output.WriteLine($"End to end: SoraClient.WaitForCompletionAsync against SoraEmulator over loopback HTTP, one virtual clock, {runs} jobs per row (jitter from Random.Shared, not seeded).");
        output.WriteLine();
        WriteHeader(output, "Runs");
        var endToEnd = new Dictionary<PollingScenario, List<WaitOutcome>>();
        foreach (var scenario in PollingScenario.All)
        {
            await using var harness = await EndToEndPolling.StartAsync(scenario.Job, scenario.PollAfter, options).ConfigureAwait(false);
            var outcomes = new List<WaitOutcome>(runs);
            for (var i = 0; i < runs; i++)
            {
                outcomes.Add(await harness.WaitOnceAsync().ConfigureAwait(false));
            }

            endToEnd[scenario] = outcomes;
            WriteRow(output, scenario, runs.ToString(CultureInfo.InvariantCulture), outcomes);
        }

        output.WriteLine();
        output.WriteLine($"({watch.Elapsed.TotalSeconds:0.0} s wall.)");
        output.WriteLine();

        output.WriteLine($"Schedule model: the client's PollingSchedule stepped without HTTP, seeds 0..{ModelSeeds - 1} per row.");
        output.WriteLine();
        WriteHeader(output, "Seeds");
        foreach (var scenario in PollingScenario.All)
        {
            var outcomes = Enumerable.Range(0, ModelSeeds).Select(seed => Model(options, scenario.Job, scenario.PollAfter, seed)).ToList();
            WriteRow(output, scenario, ModelSeeds.ToString(CultureInfo.InvariantCulture), outcomes);
        }

        output.WriteLine();
        output.WriteLine($"Sweep: every job length within ±5% of each, in {s_sweepStep.TotalSeconds} s steps, {SweepSeeds} seeds each (where completion falls between polls).");
        output.WriteLine();
        WriteHeader(output, "Lengths × seeds");
        foreach (var scenario in PollingScenario.All)
        {
            var outcomes = new List<WaitOutcome>();
            var lengths = 0;
            for (var job = scenario.Job * 0.95; job <= scenario.Job * 1.05; job += s_sweepStep)
            {
                lengths++;
                outcomes.AddRange(Enumerable.Range(0, SweepSeeds).Select(seed => Model(options, job, scenario.PollAfter, seed)));
            }

            WriteRow(output, scenario, $"{lengths} × {SweepSeeds}", outcomes);
        }

        output.WriteLine();
        Verdict(output, endToEnd[PollingScenario.All.Single(s => s.Job == TimeSpan.FromMinutes(10) && s.PollAfter is null)]);
        return 0;
    }

    private static WaitOutcome Model(SoraPollingOptions options, TimeSpan job, TimeSpan? pollAfter, int seed) =>
        ScheduleModel.Wait(options, job, pollAfter, new Random(seed))
        ?? throw new InvalidOperationException($"A {job} job timed out in the model (seed {seed}).");

    private static void WriteHeader(TextWriter output, string sample)
    {
        output.WriteLine($"| Job | Server hint | {sample} | Requests min / median / max | Detection delay, s, min / median / max | Delay, % of job, median / max |");
        output.WriteLine("|---|---|---:|---:|---:|---:|");
    }

    private static void WriteRow(TextWriter output, PollingScenario scenario, string sample, IReadOnlyCollection<WaitOutcome> outcomes)
    {
        var requests = Spread.Of(outcomes.Select(o => (double)o.Requests));
        var delay = Spread.Of(outcomes.Select(o => o.DetectionDelay.TotalSeconds));
        var percent = Spread.Of(outcomes.Select(o => o.DelayPercent));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {scenario.JobText} | {scenario.HintText} | {sample} | {requests.Format("0")} | {delay.Format("0.0")} | {percent.Median:0.0} / {percent.Max:0.0} |"));
    }

    private static void Verdict(TextWriter output, IReadOnlyCollection<WaitOutcome> tenMinutes)
    {
        var maxRequests = tenMinutes.Max(o => o.Requests);
        var maxDelay = tenMinutes.Max(o => o.DetectionDelay);
        var met = maxRequests <= 15 && maxDelay <= TimeSpan.FromMinutes(1);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Target, 10-minute job, default options, no hint (≤ 15 requests, ≤ 60 s delay): {(met ? "met" : "MISSED")} end to end: at most {maxRequests} requests, at most {maxDelay.TotalSeconds:0.0} s delay."));
    }
}
