using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// A cold run of the Sora generator on spec/sora.openapi.yaml against the System.Text.Json source generator on
/// equivalent hand-written DTOs (the baseline). Each invocation creates a new generator, a new driver and a new
/// compilation; only loaded assemblies, jitted code and reference metadata survive between invocations, as in a
/// long-lived compiler server.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, iterationCount: 10)]
public class GeneratorBenchmarks
{
    private string _spec = string.Empty;
    private CSharpCompilation _boundCompilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _spec = Embedded.SpecText;
        Info.CheckGenerators();

        // For the lower-bound variant: a compilation the compiler has already bound, so the STJ generator's symbol
        // lookups hit Roslyn's caches and only the generator's own work is left.
        _boundCompilation = GeneratorHarness.NewCompilation();
        _ = _boundCompilation.GetDiagnostics();

        // Roslyn is large: get its driver and both generators through tiered JIT before BenchmarkDotNet's warmup.
        Warm.Up(() => SystemTextJson(), () => Sora(), () => SystemTextJsonBoundCompilation());
    }

    [Benchmark(Baseline = true, Description = "STJ generator, 11 DTOs")]
    public GeneratorDriverRunResult SystemTextJson() => GeneratorHarness.RunStj(GeneratorHarness.NewCompilation());

    [Benchmark(Description = "Sora generator, sora.openapi.yaml")]
    public GeneratorDriverRunResult Sora() => GeneratorHarness.RunSora(_spec);

    [Benchmark(Description = "STJ generator, 11 DTOs, pre-bound compilation")]
    public GeneratorDriverRunResult SystemTextJsonBoundCompilation() => GeneratorHarness.RunStj(_boundCompilation);
}
