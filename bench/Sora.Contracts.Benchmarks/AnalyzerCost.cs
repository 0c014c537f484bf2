using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Sora.Contracts.Benchmarks.Scale;
using Sora.Contracts.Generator.Analysis;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// `--analyzer-cost [--rounds N] [--before path/to/Sora.Contracts.Generator.dll] [--floor] [--ladder] [--only abcde] [--csc]`: what SoraRequestAnalyzer adds to
/// compiling, as CPU time of this process (user + system, all threads) around a compilation's diagnostics (no emit), or
/// with <c>--csc</c> as the CPU time of the SDK's csc compiling and emitting the consumer in a process of its own
/// (<see cref="CscCompile"/>: what a build without the compiler server pays), for three
/// consumers: (a) the dense 2,000-site <see cref="SyntheticConsumer"/> alone, (b) the same with the SDK's default .NET
/// analyzers on both sides, (c) the 50,000-line <see cref="RealisticApplication"/>, and (d) that one with the .NET
/// analyzers on both sides. Each round compiles every variant of
/// a consumer once on a new compilation (the order turns each round, so no variant always runs first or after the same
/// one), after uncounted warm-up rounds; the cost is the median of the rounds' ratios (with / without − 1) with a seeded
/// 95% bootstrap interval. <c>--before</c> adds an older build of the analyzer (e.g. main's) as a third variant of the
/// same rounds; <c>--floor</c> adds one <see cref="FloorAnalyzer"/> per registration shape (what the driver charges an
/// analyzer of that shape before any work); <c>--ladder</c> adds the semantic model action's floor, then a syntax walk,
/// then the walk with the sites bound (where SoraRequestAnalyzer's own time goes, step by step);
/// <c>--only</c> picks consumers by letter; <c>--rounds 0</c> prints the telemetry alone. The per-analyzer execution
/// time Roslyn's telemetry gives (what <c>-p:ReportAnalyzer=true</c> prints; with <c>--csc</c>, csc's own
/// <c>-reportanalyzer</c> table) is read from one more compilation of each.
/// </summary>
internal static class AnalyzerCost
{
    /// <summary>The check round (<see cref="Check"/>) compiles every variant once more before the counted rounds.</summary>
    private const int WarmUpRounds = 1;

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        optimizationLevel: OptimizationLevel.Release,
        concurrentBuild: true);

    /// <summary>One side of a comparison: the analyzers in process, and the analyzer assemblies csc loads for the same (empty when csc cannot load it).</summary>
    private sealed record Variant(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers, DiagnosticAnalyzer? Measured, ImmutableArray<string> Assemblies, bool Reports = true);

    private sealed record Consumer(string Name, string Assembly, ImmutableArray<(string Name, string Text)> Files, ImmutableArray<SyntaxTree> Trees, int Lines, int Sites, IReadOnlyDictionary<string, int> Expected);

    public static int Run(TextWriter output, string[] args)
    {
        var rounds = 15;
        string? before = null;
        var floor = false;
        var ladder = false;
        var only = (string?)null;
        var csc = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds":
                    rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--before":
                    before = args[++i];
                    break;
                case "--floor":
                    floor = true;
                    break;
                case "--ladder":
                    ladder = true;
                    break;
                case "--only":
                    only = args[++i];
                    break;
                case "--csc":
                    csc = true;
                    break;
                default:
                    output.WriteLine($"unknown argument {args[i]}");
                    return 2;
            }
        }

        // The generator's bundled assemblies (the spec reader) are project references with PrivateAssets="all", so they
        // are copied beside this program but missing from its deps.json, which is all the default context probes.
        System.Runtime.Loader.AssemblyLoadContext.Default.Resolving += (context, name) =>
            File.Exists(Path.Combine(AppContext.BaseDirectory, name.Name + ".dll")) ? context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, name.Name + ".dll")) : null;
        var sora = new SoraRequestAnalyzer();
        var older = before is null ? null : AnalyzerAssemblies.Load(before).Single(a => a.GetType().Name == nameof(SoraRequestAnalyzer));
        var net = AnalyzerAssemblies.NetAnalyzers(out var netFolder);
        output.WriteLine($"SDK analyzers: {net.Length} from {netFolder}");
        output.WriteLine(csc
            ? $"rounds: {rounds} after a check round and {WarmUpRounds} warm-up round; CPU = user+sys of a csc process ({SdkCsc.CompilerPath()}) that compiles and emits; {Environment.ProcessorCount} cores"
            : $"rounds: {rounds} after a check round and {WarmUpRounds} warm-up round; CPU = process user+sys around the diagnostics (no emit); {Environment.ProcessorCount} cores");

        var dense = new Consumer("(a) dense 2,000-site consumer", "Synthetic.Consumer", AnalyzerHarness.Consumer.Files, AnalyzerHarness.Trees, AnalyzerHarness.Consumer.Lines, AnalyzerHarness.Consumer.Sites, AnalyzerHarness.Consumer.ExpectedWithoutProvider);
        var app = RealisticApplication.Create();
        var realistic = new Consumer(
            "(c) realistic application",
            RealisticApplication.Namespace,
            app.Files,
            app.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, GeneratorHarness.ParseOptions, "/bench/app/" + f.Name, Encoding.UTF8)).ToImmutableArray(),
            app.Lines,
            app.Sites,
            app.ExpectedWithoutProvider);

        var empty = (floor ? FloorAnalyzer.Floors : ImmutableArray<FloorAnalyzer.Shape>.Empty)
            .Concat(ladder ? FloorAnalyzer.Ladder : ImmutableArray<FloorAnalyzer.Shape>.Empty)
            .Distinct()
            .Select(shape => new FloorAnalyzer(shape))
            .ToImmutableArray();
        var soraAssemblies = CscCompile.SoraAnalyzerAssemblies();
        var olderAssemblies = before is null
            ? ImmutableArray<string>.Empty
            : soraAssemblies.Select(a => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(before))!, Path.GetFileName(a))).ToImmutableArray();
        var runs = new (string Key, Consumer Consumer, ImmutableArray<DiagnosticAnalyzer> Others, ImmutableArray<string> OtherAssemblies)[]
        {
            ("a", dense, ImmutableArray<DiagnosticAnalyzer>.Empty, ImmutableArray<string>.Empty),
            ("b", dense with { Name = "(b) dense consumer + SDK .NET analyzers" }, net, CscCompile.NetAnalyzerAssemblies(netFolder)),
            ("c", realistic, ImmutableArray<DiagnosticAnalyzer>.Empty, ImmutableArray<string>.Empty),
            // Not one of the issue's three: the realistic application as an SDK build compiles it, with the .NET analyzers
            // the SDK passes to csc by default, which pay the driver's floor on both sides.
            ("d", realistic with { Name = "(d) realistic application + SDK .NET analyzers" }, net, CscCompile.NetAnalyzerAssemblies(netFolder)),
            // Nor this one: the realistic application as an SDK build compiles it with EnableNETAnalyzers=false, which still
            // passes the targeting pack's own generators and analyzers (so the driver's floor is paid on both sides).
            // Through csc only: they are built against a newer Roslyn than the 4.8 this process binds with.
            ("e", realistic with { Name = "(e) realistic application + the framework's own analyzers (targeting pack)" }, ImmutableArray<DiagnosticAnalyzer>.Empty, AnalyzerAssemblies.FrameworkAnalyzerAssemblies()),
        };
        foreach (var (key, consumer, others, otherAssemblies) in runs.Where(r => only is null || only.Contains(r.Key, StringComparison.Ordinal)))
        {
            if (!csc && others.IsEmpty && !otherAssemblies.IsEmpty)
            {
                output.WriteLine();
                output.WriteLine($"{consumer.Name}: measured with --csc only.");
                continue;
            }

            var variants = new List<Variant> { new("without", others, null, otherAssemblies), new("with", others.Add(sora), sora, otherAssemblies.AddRange(soraAssemblies)) };
            if (older is not null)
            {
                variants.Add(new Variant("before (main)", others.Add(older), older, otherAssemblies.AddRange(olderAssemblies)));
            }

            // csc cannot load a floor analyzer (it takes its shape in its constructor): floors are measured in process only.
            if (!csc)
            {
                variants.AddRange(empty.Select(f => new Variant(f.Name, others.Add(f), f, ImmutableArray<string>.Empty, Reports: false)));
            }

            Measure(output, consumer, variants, csc ? new CscCompile(key, consumer.Files, AnalyzerHarness.References) : null, rounds);
        }

        return 0;
    }

    private static void Measure(TextWriter output, Consumer consumer, List<Variant> variants, CscCompile? csc, int rounds)
    {
        output.WriteLine();
        output.WriteLine($"{consumer.Name}: {consumer.Trees.Length} files, {consumer.Lines:N0} lines, {consumer.Sites} request sites");
        Func<Variant, double> cpu = csc is null
            ? variant => CpuSeconds(() => Compile(consumer, variant.Analyzers))
            : variant => csc.Run(variant.Name, variant.Assemblies).CpuSeconds;
        if (csc is null)
        {
            Check(consumer, variants);
        }
        else
        {
            Check(consumer, variants, csc);
        }

        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var variant in variants)
            {
                _ = cpu(variant);
            }
        }

        var seconds = variants.ToDictionary(v => v.Name, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            var order = variants.Skip(round % variants.Count).Concat(variants.Take(round % variants.Count)).ToList();
            if (round % 2 == 1)
            {
                order.Reverse();
            }

            foreach (var variant in order)
            {
                seconds[variant.Name].Add(cpu(variant));
            }
        }

        Func<Variant, string> telemetry = csc is null
            ? variant => $"{Telemetry(consumer, variant.Analyzers, variant.Measured!).TotalMilliseconds:F0} ms"
            : variant => CscCompile.SoraAnalyzerSeconds(csc.Run(variant.Name + " report", variant.Assemblies, report: true).Output);
        if (rounds == 0)
        {
            foreach (var variant in variants.Skip(1))
            {
                output.WriteLine($"  {variant.Name}: analyzer execution time (ReportAnalyzer) {telemetry(variant)}");
            }

            return;
        }

        var baseline = seconds["without"];
        output.WriteLine($"  without: median CPU {Bootstrap.Median(baseline.ToArray()):F3} s");
        foreach (var variant in variants.Skip(1))
        {
            var ratios = seconds[variant.Name].Select((s, i) => s / baseline[i] - 1).ToList();
            var (median, low, high) = Bootstrap.MedianInterval(ratios);
            output.WriteLine(
                $"  {variant.Name}: median CPU {Bootstrap.Median(seconds[variant.Name].ToArray()):F3} s, cost {median:+0.0%;-0.0%} "
                + $"(95% CI {low:+0.0%;-0.0%} .. {high:+0.0%;-0.0%}); analyzer execution time (ReportAnalyzer) {telemetry(variant)}");
        }
    }

    /// <summary>Each variant must compile with no error and report exactly the consumer's expected SORA diagnostics.</summary>
    private static void Check(Consumer consumer, IEnumerable<Variant> variants)
    {
        foreach (var variant in variants)
        {
            var diagnostics = Compile(consumer, variant.Analyzers);
            var errors = diagnostics.Where(d => (d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("SORA", StringComparison.Ordinal)) || d.Id == "AD0001").Take(3).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"{consumer.Name}, {variant.Name}: {string.Join("; ", errors)}");
            }

            var sora = AnalyzerHarness.CountById(diagnostics.Where(d => d.Id.StartsWith("SORA", StringComparison.Ordinal)).ToImmutableArray());
            var expected = variant.Measured is null || !variant.Reports ? new Dictionary<string, int>() : consumer.Expected;
            if (sora.Count != expected.Count || sora.Any(p => !expected.TryGetValue(p.Key, out var count) || count != p.Value))
            {
                throw new InvalidOperationException($"{consumer.Name}, {variant.Name}: expected {AnalyzerHarness.Describe(expected)}, got {AnalyzerHarness.Describe(sora)}");
            }
        }
    }

    /// <summary>The same for csc: each variant's process succeeds (the analyzer's errors are warnings there) and prints exactly the expected SORA diagnostics.</summary>
    private static void Check(Consumer consumer, IEnumerable<Variant> variants, CscCompile csc)
    {
        foreach (var variant in variants)
        {
            var run = csc.Run(variant.Name, variant.Assemblies);
            if (run.ExitCode != 0 || run.Output.Contains("error ", StringComparison.Ordinal) || run.Output.Contains("AD0001", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{consumer.Name}, {variant.Name} (csc): exit {run.ExitCode}\n{string.Join('\n', run.Output.Split('\n').Take(5))}");
            }

            var sora = CscCompile.SoraCounts(run.Output);
            var expected = variant.Measured is null || !variant.Reports ? new Dictionary<string, int>() : consumer.Expected;
            if (sora.Count != expected.Count || sora.Any(p => !expected.TryGetValue(p.Key, out var count) || count != p.Value))
            {
                throw new InvalidOperationException($"{consumer.Name}, {variant.Name} (csc): expected {AnalyzerHarness.Describe(expected)}, got {AnalyzerHarness.Describe(sora)}");
            }
        }
    }

    private static ImmutableArray<Diagnostic> Compile(Consumer consumer, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = CSharpCompilation.Create(consumer.Assembly, consumer.Trees, AnalyzerHarness.References, CompilationOptions);
        return analyzers.IsEmpty
            ? compilation.GetDiagnostics()
            : AnalyzerHarness.WithAnalyzers(compilation, analyzers, AnalyzerHarness.NoProvider, logTime: false).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    }

    private static TimeSpan Telemetry(Consumer consumer, ImmutableArray<DiagnosticAnalyzer> analyzers, DiagnosticAnalyzer measured)
    {
        var compilation = CSharpCompilation.Create(consumer.Assembly, consumer.Trees, AnalyzerHarness.References, CompilationOptions);
        // Roslyn keeps per-analyzer times only when analysis is not concurrent (csc's ReportAnalyzer does the same).
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(AnalyzerHarness.NoProvider, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var result = withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
        return result.AnalyzerTelemetryInfo.TryGetValue(measured, out var info) ? info.ExecutionTime : TimeSpan.Zero;
    }

    /// <summary>CPU time of the whole process (every thread: the concurrent build and analysis) while <paramref name="work"/> runs.</summary>
    private static double CpuSeconds(Func<ImmutableArray<Diagnostic>> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        _ = work();
        process.Refresh();
        return (process.TotalProcessorTime - start).TotalSeconds;
    }
}
