using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace Sora.Contracts.Benchmarks;

/// <summary>Sanity checks run before timing, and the `--info` report (what each benchmark produces).</summary>
internal static class Info
{
    /// <summary>Both generators must produce their full output and no diagnostics, or the comparison means nothing.</summary>
    public static void CheckGenerators()
    {
        var sora = GeneratorHarness.RunSora(Embedded.SpecText);
        Require(sora.Diagnostics.IsEmpty, "the Sora generator reported: " + string.Join("; ", sora.Diagnostics));
        Require(sora.GeneratedTrees.Length > 10, "the Sora generator produced only " + sora.GeneratedTrees.Length + " files");

        var stj = GeneratorHarness.RunStj(GeneratorHarness.NewCompilation());
        Require(stj.Diagnostics.IsEmpty, "the STJ generator reported: " + string.Join("; ", stj.Diagnostics));
        Require(stj.GeneratedTrees.Length > 10, "the STJ generator produced only " + stj.GeneratedTrees.Length + " files");

        var (output, diagnostics) = GeneratorHarness.RunStjAndUpdate(GeneratorHarness.NewCompilation());
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Concat(diagnostics).ToList();
        Require(errors.Count == 0, "the STJ output does not compile: " + string.Join("; ", errors.Take(5)));
    }

    /// <summary>Each bad spec must produce its diagnostic (and none may crash the generator).</summary>
    public static void CheckBadSpecs()
    {
        foreach (var (name, text, expected) in BadSpecs.All)
        {
            var ids = GeneratorHarness.RunSora(text).Diagnostics.Select(d => d.Id).ToList();
            Require(!ids.Contains("SORA199"), name + " crashed the generator");
            Require(expected.Length == 0 || ids.Contains(expected), name + " should report " + expected + " but reported " + string.Join(", ", ids));
        }
    }

    public static void Print(TextWriter output)
    {
        output.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {CpuModel()}, {RuntimeInformation.OSDescription}");
        output.WriteLine($"Runtime: {RuntimeInformation.FrameworkDescription}; Roslyn {typeof(Compilation).Assembly.GetName().Version}; {GeneratorHarness.StjGeneratorDescription}");
        output.WriteLine($"References: {GeneratorHarness.References.Length} shared-framework assemblies");
        output.WriteLine("(\"first run\" includes JIT of whatever has not run yet in this process: Roslyn's driver on the first line.)");
        Describe(output, "Sora generator, sora.openapi.yaml", () => GeneratorHarness.RunSora(Embedded.SpecText));
        Describe(output, "STJ generator, 11 DTOs", () => GeneratorHarness.RunStj(GeneratorHarness.NewCompilation()));
        foreach (var (name, text, _) in BadSpecs.All)
        {
            Describe(output, "bad spec " + name + $" ({text.Length} chars)", () => GeneratorHarness.RunSora(text));
        }

        Interleaved(output);

        CheckGenerators();
        CheckBadSpecs();
        output.WriteLine("Sanity checks passed: both generators emit without diagnostics, the STJ output compiles, each bad spec reports its diagnostic.");
    }

    /// <summary>
    /// A cross-check of GeneratorBenchmarks that resists a noisy machine: the runs alternate, so a burst of load from
    /// elsewhere hits both sides, and the ratio is the median of per-round ratios.
    /// </summary>
    private static void Interleaved(TextWriter output, int rounds = 60)
    {
        var bound = GeneratorHarness.NewCompilation();
        _ = bound.GetDiagnostics();
        Func<object>[] runs =
        [
            () => GeneratorHarness.RunStj(GeneratorHarness.NewCompilation()),
            () => GeneratorHarness.RunSora(Embedded.SpecText),
            () => GeneratorHarness.RunStj(bound),
        ];
        Warm.Up(runs.Select(run => (Action)(() => run())).ToArray());

        var times = runs.Select(_ => new List<double>()).ToArray();
        var clock = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < runs.Length; i++)
            {
                clock.Restart();
                _ = runs[i]();
                times[i].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var ratios = Enumerable.Range(0, rounds).Select(r => times[1][r] / times[0][r]).ToList();
        var boundRatios = Enumerable.Range(0, rounds).Select(r => times[1][r] / times[2][r]).ToList();
        output.WriteLine($"Interleaved, {rounds} rounds (median ms): STJ cold {Median(times[0]):F2}, Sora cold {Median(times[1]):F2}, STJ on a pre-bound compilation {Median(times[2]):F2}");
        output.WriteLine($"  median per-round ratio Sora/STJ cold = {Median(ratios):F2}; Sora/STJ pre-bound = {Median(boundRatios):F2}");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Describe(TextWriter output, string name, Func<GeneratorDriverRunResult> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        var first = clock.Elapsed;
        clock.Restart();
        _ = run();
        var second = clock.Elapsed;
        var chars = result.Results.SelectMany(r => r.GeneratedSources).Sum(s => s.SourceText.Length);
        var ids = result.Diagnostics.GroupBy(d => d.Id).Select(g => g.Count() == 1 ? g.Key : g.Key + " x" + g.Count());
        output.WriteLine($"{name}: {result.GeneratedTrees.Length} files, {chars:N0} chars; diagnostics: [{string.Join(", ", ids)}]; first run {first.TotalMilliseconds:F1} ms, second {second.TotalMilliseconds:F1} ms");
        foreach (var diagnostic in result.Diagnostics.Take(3))
        {
            output.WriteLine("    " + diagnostic);
        }
    }

    private static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
