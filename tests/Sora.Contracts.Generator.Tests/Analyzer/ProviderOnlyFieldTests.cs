using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// SORA009: a provider-only field (<c>[SoraAcceptedBy]</c>) that a site certainly sets, for a provider the spec does not
/// list for it; nothing without a provider, for a provider that takes it, or for a value that may be null.
/// </summary>
public sealed class ProviderOnlyFieldTests
{
    [Fact]
    public Task EachFormIsReportedAtItsValue_WithTheProvidersThatTakeIt() =>
        VerifyAsync(
            InClass("""
                public static CreateVideoRequest Chain() => new CreateVideoRequest.Builder("p").WithSeed({|#0:42|}).WithFps(16).Build();
                public static CreateVideoRequest Initializer() => new CreateVideoRequest("p") { NumFrames = 80, GenerateSound = {|#1:true|} };
                public static CreateVideoRequest With(CreateVideoRequest request) => request with { NegativePrompt = {|#2:"blur"|} };
            """),
            "sglang",
            Diagnostic("SORA009").WithLocation(0).WithMessage("seed is not accepted by provider sglang (only by vllm-omni)"),
            Diagnostic("SORA009").WithLocation(1).WithMessage("generate_sound is not accepted by provider sglang (only by vllm-omni)"),
            Diagnostic("SORA009").WithLocation(2).WithMessage("negative_prompt is not accepted by provider sglang (only by vllm-omni)"));

    [Theory]
    [InlineData(null)]
    [InlineData("vllm-omni")]
    public Task NoProvider_OrOneThatTakesEveryField_ReportsNothing(string? provider) =>
        VerifyAsync(
            InClass("""
                public static CreateVideoRequest M() =>
                    new CreateVideoRequest.Builder("p").WithSeed(42).WithFps(16).WithNumFrames(80).WithNegativePrompt("blur").WithGenerateSound(true).Build();
            """),
            provider);

    [Fact]
    public Task AValueThatCannotBeNull_IsSet_AndOneThatMayBeNull_IsNotGuessed() =>
        VerifyAsync(
            InClass("""
                public static CreateVideoRequest Sure(long seed) => new CreateVideoRequest.Builder("p").WithSeed({|SORA009:seed|}).Build();
                public static CreateVideoRequest Maybe(long? seed, string? negative) => new CreateVideoRequest("p") { Seed = seed, NegativePrompt = negative };
            """),
            "gptge");

    [Fact]
    public Task AProviderNamedInCode_JudgesTheSite() =>
        VerifyAsync(
            InClass("""
                public static CreateVideoRequest Taken() => new CreateVideoRequest.Builder("p").WithSeed(42).Build(SoraProvider.VllmOmni);
                public static CreateVideoRequest Refused() => new CreateVideoRequest.Builder("p").WithFps({|SORA009:16|}).Build(SoraProvider.Gptge);
            """),
            "vllm-omni");
}
