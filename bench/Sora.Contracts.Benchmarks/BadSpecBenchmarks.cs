using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// The generator on broken specs, driven through a CSharpGeneratorDriver like the real build (cold, as in
/// <see cref="GeneratorBenchmarks"/>). The target is "each within a second". The good spec is the baseline.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, iterationCount: 10)]
public class BadSpecBenchmarks
{
    private string _good = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _good = Embedded.SpecText;
        Info.CheckBadSpecs();
        Warm.Up(() => GoodSpec(), () => BrokenYaml(), () => DanglingRef(), () => DuplicateEnumValue(), () => UnsupportedIfThen(), () => AliasBomb(), () => AliasBombUnderBudget(), () => Empty());
    }

    [Benchmark(Baseline = true, Description = "good spec (reference)")]
    public GeneratorDriverRunResult GoodSpec() => GeneratorHarness.RunSora(_good);

    [Benchmark(Description = "broken YAML")]
    public GeneratorDriverRunResult BrokenYaml() => GeneratorHarness.RunSora(BadSpecs.BrokenYaml);

    [Benchmark(Description = "dangling $ref")]
    public GeneratorDriverRunResult DanglingRef() => GeneratorHarness.RunSora(BadSpecs.DanglingRef);

    [Benchmark(Description = "duplicate enum value")]
    public GeneratorDriverRunResult DuplicateEnumValue() => GeneratorHarness.RunSora(BadSpecs.DuplicateEnumValue);

    [Benchmark(Description = "unsupported if/then (else)")]
    public GeneratorDriverRunResult UnsupportedIfThen() => GeneratorHarness.RunSora(BadSpecs.UnsupportedIfThen);

    [Benchmark(Description = "alias bomb, 9 x 10")]
    public GeneratorDriverRunResult AliasBomb() => GeneratorHarness.RunSora(BadSpecs.AliasBomb);

    [Benchmark(Description = "alias bomb under budget, 10^5 enum")]
    public GeneratorDriverRunResult AliasBombUnderBudget() => GeneratorHarness.RunSora(BadSpecs.AliasBombUnderBudget);

    [Benchmark(Description = "empty file")]
    public GeneratorDriverRunResult Empty() => GeneratorHarness.RunSora(BadSpecs.Empty);
}
