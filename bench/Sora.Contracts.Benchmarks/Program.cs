using BenchmarkDotNet.Running;
using Sora.Contracts.Benchmarks;

// `-- --info` prints what the benchmarks run on (generator outputs, diagnostics of every bad spec) without timing.
if (args is ["--info"])
{
    Info.Print(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
