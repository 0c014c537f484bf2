using BenchmarkDotNet.Running;
using Sora.Contracts.Benchmarks;

// `-- --info` prints what the benchmarks run on (generator outputs, diagnostics of every bad spec) without timing.
if (args is ["--info"])
{
    Info.Print(Console.Out);
    return 0;
}

// `-- --analyzer-info` prints what AnalyzerBenchmarks compiles, the analyzer's in-process telemetry and an interleaved
// cross-check of its ratios.
if (args is ["--analyzer-info", ..])
{
    AnalyzerInfo.Print(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 12);
    return 0;
}

// `-- --analyzer-profile` times SoraRequestAnalyzer's callbacks by kind of site (and Roslyn's ReportDiagnostic apart).
if (args is ["--analyzer-profile"])
{
    AnalyzerHarness.Check();
    AnalyzerHarness.WarmUp();
    AnalyzerProfile.Print(Console.Out);
    return 0;
}

// `-- --report-analyzer [--rounds N] [--keep]` builds the synthetic consumer as a real project with
// `dotnet build -p:ReportAnalyzer=true` and reports the analyzer's time (not a BenchmarkDotNet benchmark).
if (args is ["--report-analyzer", ..])
{
    return ReportAnalyzerRun.Run(Console.Out, args[1..]);
}

// `-- --analyzer-cost [--rounds N] [--before old/Sora.Contracts.Generator.dll]` measures the analyzer's compile cost as
// CPU time in interleaved rounds for three consumers (issue 11), with a bootstrap interval.
if (args is ["--analyzer-cost", ..])
{
    return AnalyzerCost.Run(Console.Out, args[1..]);
}

// `-- --polling [runs]` prints the polling cost of issue 4 (requests, detection delay) without timing anything.
if (args is ["--polling", ..])
{
    return await Sora.Contracts.Benchmarks.Polling.PollingReport.RunAsync(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
}

// `-- --scaling [--reps N]`: issue 10's linearity table (1,000 vs 10,000 enum values, 2,000 vs 20,000 schemas).
if (args is ["--scaling", ..])
{
    return Sora.Contracts.Benchmarks.Scale.ScaleRun.Scaling(Console.Out, args[1..]);
}

// `-- --large-spec [--reps N] [--compile-reps N] [--keep]`: our generator and Kiota on the synthetic large spec, and
// the consumer's compile of our output.
if (args is ["--large-spec", ..])
{
    return Sora.Contracts.Benchmarks.Scale.ScaleRun.Large(Console.Out, args[1..]);
}

// The measured children of --scaling and --large-spec (see Scale/): not meant to be run by hand.
if (args is ["--measure", "--", .. var command])
{
    return Sora.Contracts.Benchmarks.Scale.MeasuredProcess.Measure(Console.Out, command);
}

if (args is ["--compile-child", var compileSpec])
{
    return Sora.Contracts.Benchmarks.Scale.ConsumerCompile.Run(Console.Out, compileSpec, dumpFolder: null, emit: true);
}

if (args is ["--generate-child", var generateSpec, var generateFolder])
{
    return Sora.Contracts.Benchmarks.Scale.ConsumerCompile.Run(Console.Out, generateSpec, generateFolder, emit: false);
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
return 0;
