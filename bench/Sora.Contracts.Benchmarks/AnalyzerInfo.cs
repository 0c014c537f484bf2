using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Sora.Contracts.Generator.Analysis;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// `--analyzer-info`: what AnalyzerBenchmarks compiles (the synthetic consumer, the diagnostics of each row, the
/// operations the analyzer is called for), the analyzer's own time as the driver measures it in process, and an
/// interleaved cross-check of the ratios that resists a noisy machine.
/// </summary>
internal static class AnalyzerInfo
{
    public static void Print(TextWriter output, int rounds = 12)
    {
        var consumer = AnalyzerHarness.Consumer;
        output.WriteLine($"Synthetic consumer: {consumer.Files.Length} files, {consumer.Lines:N0} lines, {consumer.Chars:N0} chars, "
            + $"{consumer.Sites:N0} construction sites ({consumer.InvalidSites} invalid, {100.0 * consumer.InvalidSites / consumer.Sites:F1}%)");
        foreach (var (form, count) in consumer.Forms)
        {
            output.WriteLine($"    {count,5}  {form}");
        }

        output.WriteLine($"References: {AnalyzerHarness.References.Length} (the shared framework and Sora.Contracts.dll)");
        AnalyzerHarness.Check();
        output.WriteLine("Sanity checks passed: the consumer compiles and emits without diagnostics; the analyzer reports exactly the expected ones:");
        output.WriteLine($"    no provider:          {AnalyzerHarness.Describe(AnalyzerHarness.CountById(AnalyzerHarness.CompileWith(new SoraRequestAnalyzer(), AnalyzerHarness.NoProvider)))}");
        output.WriteLine($"    SoraProvider=ezmodel: {AnalyzerHarness.Describe(AnalyzerHarness.CountById(AnalyzerHarness.CompileWith(new SoraRequestAnalyzer(), AnalyzerHarness.Ezmodel)))}");

        var counter = new OperationCounter();
        _ = AnalyzerHarness.WithAnalyzers(AnalyzerHarness.NewCompilation(), [counter], AnalyzerHarness.NoProvider, logTime: false)
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        output.WriteLine($"Operation callbacks (what the analyzer is called for): {counter.ByKindAndType.Values.Sum():N0}");
        foreach (var (key, count) in counter.ByKindAndType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"    {count,6:N0}  {key}");
        }

        AnalyzerHarness.WarmUp();
        output.WriteLine("In-process analyzer telemetry (the driver's time in SoraRequestAnalyzer's callbacks), 5 runs each:");
        Telemetry(output, "no provider", AnalyzerHarness.NoProvider, concurrent: true);
        Telemetry(output, "SoraProvider=ezmodel", AnalyzerHarness.Ezmodel, concurrent: true);
        Telemetry(output, "no provider", AnalyzerHarness.NoProvider, concurrent: false);
        Telemetry(output, "SoraProvider=ezmodel", AnalyzerHarness.Ezmodel, concurrent: false);
        Interleaved(output, rounds);
    }

    /// <summary>
    /// The driver's own measure of the time spent in the analyzer's callbacks (what ReportAnalyzer prints), concurrent as
    /// in csc and, for a figure less inflated by threads preempting each other on a small machine, with binding and
    /// analysis on one thread.
    /// </summary>
    private static void Telemetry(TextWriter output, string name, AnalyzerOptions options, bool concurrent, int runs = 5)
    {
        var times = new List<double>();
        var wall = new List<double>();
        AnalyzerTelemetryInfo? last = null;
        for (var i = 0; i < runs; i++)
        {
            var analyzer = new SoraRequestAnalyzer();
            var compilation = AnalyzerHarness.NewCompilation();
            compilation = compilation.WithOptions(compilation.Options.WithConcurrentBuild(concurrent));
            var clock = Stopwatch.StartNew();
            var withAnalyzers = compilation.WithAnalyzers(
                [analyzer],
                new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: true));
            var result = withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            wall.Add(clock.Elapsed.TotalMilliseconds);
            last = result.AnalyzerTelemetryInfo[analyzer];
            times.Add(last.ExecutionTime.TotalMilliseconds);
        }

        output.WriteLine($"    {name,-22} {(concurrent ? "concurrent" : "one thread"),-11} SoraRequestAnalyzer {Median(times),6:F1} ms median "
            + $"(min {times.Min():F1}, max {times.Max():F1}) of {Median(wall):F0} ms for compile + analysis");
    }

    /// <summary>
    /// The rows alternate (in a rotating order), so a burst of load from elsewhere hits all of them; ratios are medians
    /// of per-round ratios. Wall time and this process's CPU time (all threads: binding, analysis, GC) are both given;
    /// CPU time is the steadier of the two when other processes compete for the 2 cores.
    /// </summary>
    private static void Interleaved(TextWriter output, int rounds)
    {
        (string Name, Func<object> Run)[] runs =
        [
            ("compile, no analyzer", () => AnalyzerHarness.NewCompilation().GetDiagnostics()),
            ("+ SoraRequestAnalyzer", () => AnalyzerHarness.CompileWith(new SoraRequestAnalyzer(), AnalyzerHarness.NoProvider)),
            ("+ SoraRequestAnalyzer, ezmodel", () => AnalyzerHarness.CompileWith(new SoraRequestAnalyzer(), AnalyzerHarness.Ezmodel)),
            ("+ empty operation analyzer", () => AnalyzerHarness.CompileWith(new EmptyOperationAnalyzer(), AnalyzerHarness.NoProvider)),
            ("+ empty analyzer + Sora", () => AnalyzerHarness.CompileWith([new EmptyOperationAnalyzer(), new SoraRequestAnalyzer()], AnalyzerHarness.NoProvider)),
            ("compile + emit, no analyzer", () => AnalyzerHarness.Emit()),
        ];
        var wall = runs.Select(_ => new List<double>()).ToArray();
        var cpu = runs.Select(_ => new List<double>()).ToArray();
        var process = Process.GetCurrentProcess();
        var clock = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < runs.Length; i++)
            {
                var index = (i + round) % runs.Length;
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                clock.Restart();
                _ = runs[index].Run();
                wall[index].Add(clock.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu[index].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
        }

        output.WriteLine($"Interleaved, {rounds} rounds (medians; ratio = median of per-round ratios to the first row, extra = median of per-round differences):");
        output.WriteLine($"    {"",-32} {"wall ms",8} {"ratio",6} {"extra",7}   {"CPU ms",8} {"ratio",6} {"extra",7}");
        for (var i = 0; i < runs.Length; i++)
        {
            output.WriteLine($"    {runs[i].Name,-32} {Median(wall[i]),8:F0} {Ratio(wall, i, 0),6:F3} {Extra(wall, i, 0),7:F0}   "
                + $"{Median(cpu[i]),8:F0} {Ratio(cpu, i, 0),6:F3} {Extra(cpu, i, 0),7:F0}");
        }

        output.WriteLine($"    SoraRequestAnalyzer minus the empty analyzer: wall {Extra(wall, 1, 3):F0} ms, CPU {Extra(cpu, 1, 3):F0} ms "
            + $"(ezmodel: wall {Extra(wall, 2, 3):F0} ms, CPU {Extra(cpu, 2, 3):F0} ms)");
        output.WriteLine($"    empty analyzer + Sora over the empty analyzer alone: wall {Extra(wall, 4, 3):F0} ms ({100 * (Ratio(wall, 4, 3) - 1):F1}%), "
            + $"CPU {Extra(cpu, 4, 3):F0} ms ({100 * (Ratio(cpu, 4, 3) - 1):F1}%)");
        output.WriteLine($"    SoraRequestAnalyzer's extra over compile + emit: wall {100 * Median(Enumerable.Range(0, rounds).Select(r => (wall[1][r] - wall[0][r]) / wall[5][r])):F1}%, "
            + $"CPU {100 * Median(Enumerable.Range(0, rounds).Select(r => (cpu[1][r] - cpu[0][r]) / cpu[5][r])):F1}%");

        static double Ratio(List<double>[] times, int row, int baseline) =>
            Median(Enumerable.Range(0, times[row].Count).Select(r => times[row][r] / times[baseline][r]));

        static double Extra(List<double>[] times, int row, int baseline) =>
            Median(Enumerable.Range(0, times[row].Count).Select(r => times[row][r] - times[baseline][r]));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
