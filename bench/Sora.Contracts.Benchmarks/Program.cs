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

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
return 0;
