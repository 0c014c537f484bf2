using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Sora.Client;

namespace Sora.Contracts.Benchmarks.Polling;

/// <summary>
/// One wait for a job of each length (issue 4): the real client polling the real emulator over loopback in virtual
/// time, with the default polling options. The timings are the cost of simulating a wait (both sides' CPU and
/// allocation for the create and every poll); the requests and detection delay are in the custom columns.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[Config(typeof(Columns))]
public class PollingBenchmarks
{
    private EndToEndPolling _harness = null!;

    [Params(30, 120, 600)]
    public int JobSeconds { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _harness = EndToEndPolling.StartAsync(TimeSpan.FromSeconds(JobSeconds), pollAfter: null, new SoraPollingOptions()).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _harness.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "create + wait, end to end, virtual time")]
    public async Task<int> Wait() => (await _harness.WaitOnceAsync().ConfigureAwait(false)).Requests;

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(PollingColumn.Requests, PollingColumn.Delay);
    }
}
