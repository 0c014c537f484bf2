using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// A provider whose profile widens a property by a pattern (<c>[SoraProviderValues(Pattern = ...)]</c>): the analyzer
/// takes any value matching it, reports one that does not with the pattern in its words, and leaves the spec's if/then
/// rule out for that provider, as <c>Validate(provider)</c> does.
/// </summary>
public sealed class ProviderPatternAnalyzerTests
{
    [Fact]
    public Task AVllmOmniRequest_WithItsOwnModelSizeAndSeconds_HasNoDiagnosticForVllmOmni() =>
        VerifyAsync(InClass("""
            public static CreateVideoRequest Wan() =>
                new CreateVideoRequest.Builder("p").WithModel("Wan-AI/Wan2.2-T2V-A14B").WithSize("832x480").WithSeconds(5).Build();
            """), "vllm-omni");

    [Fact]
    public Task TheSameRequest_WithoutAProvider_IsOutsideTheSpecsLists() =>
        VerifyAsync(InClass("""
            public static CreateVideoRequest Wan() =>
                new CreateVideoRequest.Builder("p").WithModel({|SORA003:"Wan-AI/Wan2.2-T2V-A14B"|}).WithSize({|SORA002:"832x480"|}).WithSeconds({|SORA002:5|}).Build();
            """));

    [Fact]
    public Task AnEzmodelRequest_WithTheWidenedSize_IsRefused() =>
        VerifyAsync(InClass("""
            public static CreateVideoRequest Wide() => new("p") { Size = {|#0:"832x480"|} };
            """), "ezmodel", Diagnostic("SORA002").WithLocation(0).WithMessage("size 832x480 is not an allowed value: size must be 720x1280 or 1280x720 with provider ezmodel"));

    [Fact]
    public Task AValueOutsideThePattern_IsSora002_WithThePatternAndTheProvider() =>
        VerifyAsync(InClass("""
            public static CreateVideoRequest Spaced() => new("p") { Size = {|#0:"832 x 480"|} };

            public static CreateVideoRequest Zero() => new("p") { Seconds = {|#1:"0"|} };
            """), "vllm-omni",
            Diagnostic("SORA002").WithLocation(0).WithMessage("size 832 x 480 is not an allowed value: size must match the pattern ^[0-9]+x[0-9]+$ with provider vllm-omni"),
            Diagnostic("SORA002").WithLocation(1).WithMessage("seconds 0 is not an allowed value: seconds must match the pattern ^[1-9][0-9]*$ with provider vllm-omni"));

    [Fact]
    public Task ZeroSeconds_MatchesSglangsPattern() =>
        VerifyAsync(InClass("""
            public static CreateVideoRequest Zero() => new("p") { Seconds = "0", Size = "832x480" };
            """), "sglang");

    [Fact]
    public Task TheProRule_DoesNotJudgeAPatternProvider_ButStillJudgesAListingOne()
    {
        const string Code = """
            public static CreateVideoRequest Landscape() => new("p") { Model = "sora-2", Size = SIZE };
            """;

        return Task.WhenAll(
            VerifyAsync(InClass(Code.Replace("SIZE", "\"1792x1024\"", StringComparison.Ordinal)), "vllm-omni"),
            VerifyAsync(InClass(Code.Replace("SIZE", "{|SORA001:\"1792x1024\"|}", StringComparison.Ordinal)), "gptge"));
    }
}
