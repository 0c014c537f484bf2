using BenchmarkDotNet.Attributes;
using Sora.Contracts.Validation;

namespace Sora.Contracts.Benchmarks;

/// <summary>CreateVideoRequest.Validate: the target is ≤ 100 ns and 0 bytes for a valid request.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class ValidateBenchmarks
{
    private CreateVideoRequest _valid = null!;
    private CreateVideoRequest _invalid = null!;

    [GlobalSetup]
    public void Setup()
    {
        _valid = new CreateVideoRequest("A calico cat playing a piano on stage")
        {
            Model = VideoModel.Sora2,
            Size = VideoSize.Size1280x720,
            Seconds = new VideoSeconds("8"),
        };

        // Whitespace-only prompt, a 1792 size with a non-pro model, an unknown duration: three violations.
        _invalid = new CreateVideoRequest("   ")
        {
            Model = VideoModel.Sora2,
            Size = VideoSize.Size1792x1024,
            Seconds = new VideoSeconds("5"),
        };

        Require(_valid.Validate().IsValid, "the valid request is invalid: " + _valid.Validate());
        Require(_valid.Validate(SoraProvider.Ezmodel).IsValid, "the valid request is invalid for ezmodel: " + _valid.Validate(SoraProvider.Ezmodel));
        Require(_invalid.Validate().Violations.Count == 3, "the invalid request should break 3 rules: " + _invalid.Validate());
    }

    [Benchmark(Description = "valid, no provider")]
    public SoraValidationResult ValidNoProvider() => _valid.Validate();

    [Benchmark(Description = "valid, SoraProvider.Ezmodel")]
    public SoraValidationResult ValidEzmodel() => _valid.Validate(SoraProvider.Ezmodel);

    [Benchmark(Description = "invalid (3 violations), no provider")]
    public SoraValidationResult InvalidNoProvider() => _invalid.Validate();

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
