using Microsoft.CodeAnalysis.Testing;
using Sora.Contracts.Generator.Analysis;
using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// PRODUCT.md principle 1 for the analyzer: a consumer's own spec changes the verdicts with no analyzer change. The
/// acme spec (tests/Sora.Contracts.SpecSwap.Tests/acme.openapi.yaml: other models, sizes, durations, two rules, two
/// providers) runs through <see cref="SoraSpecGenerator"/> into namespace Acme.Video, and the analyzer runs on the
/// generator's output compilation: acme's rules and values are judged, Sora's are not applied to acme's types.
/// </summary>
public sealed class SpecSwapAnalyzerTests
{
    private const string AcmeSpecVirtualPath = "/consumer/specs/acme.openapi.yaml";

    private static readonly Lazy<string> AcmeSpec = new(() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Sora.Contracts.SpecSwap.Tests", "acme.openapi.yaml")));

    private static string InAcmeClass(string members) =>
        "using System;\nusing Acme.Video;\n\nnamespace Consumer;\n\ninternal static class C\n{\n" + members + "\n}\n";

    /// <summary>
    /// The acme spec through the generator (run by the harness as a source generator) and the analyzer on its output.
    /// A spec that failed to generate leaves the snippet's acme types undefined: a compiler error, so a failed test.
    /// </summary>
    private static Task<AnalyzerRun> VerifyAcme(string markup, string? provider = null, params DiagnosticResult[] expected) =>
        RunAsync(TestWithSpec(markup, new SpecFile(AcmeSpecVirtualPath, AcmeSpec.Value, "Acme.Video"), provider, expected));

    [Fact]
    public async Task AcmesRuleFiresFullHdNeedsTheMaxModel()
    {
        var run = await VerifyAcme(
            InAcmeClass("""
                public static CreateClipRequest Explicit() =>
                    new CreateClipRequest.Builder("p").WithModel({|#1:"acme-v1"|}).WithSize({|#0:"1920x1080"|}).Build();

                public static CreateClipRequest Absent() => new("p") { Size = {|#2:ClipSize.Size1920x1080|} };

                public static CreateClipRequest Max() => new CreateClipRequest.Builder("p").WithModel(ClipModel.AcmeV1Max).WithSize("1920x1080").Build();
            """),
            null,
            Diagnostic("SORA001").WithLocation(0).WithLocation(1)
                .WithMessage("size 1920x1080 is not allowed when model is acme-v1: size must be 640x480 or 1280x720"),
            // The default model is acme's (acme-v1), not Sora's sora-2.
            Diagnostic("SORA001").WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("size 1920x1080 is not allowed when model is not set (acme-v1 by default): size must be 640x480 or 1280x720"));

        var explicitModel = run.Diagnostics.First(d => d.Id == "SORA001");
        Assert.Equal("1280x720", explicitModel.Properties[FixProperties.Replacement]);
        Assert.Equal("acme-v1-max", explicitModel.Properties[FixProperties.ConditionReplacement]);
    }

    [Fact]
    public async Task AcmesSecondRuleNeedsTheSizeWrittenAndLimitsFullHdClips()
    {
        var run = await VerifyAcme(
            InAcmeClass("""
                public static CreateClipRequest TooLong() =>
                    new CreateClipRequest.Builder("p").WithModel("acme-v1-max").WithSize("1920x1080").WithSeconds({|#0:"20"|}).Build();

                public static CreateClipRequest Short() =>
                    new CreateClipRequest.Builder("p").WithModel("acme-v1-max").WithSize("1920x1080").WithSeconds(ClipSeconds.Seconds10).Build();

                // The rule's "if" requires size: with the size not written, twenty seconds is fine.
                public static CreateClipRequest NoSize() => new("p") { Model = "acme-v1-max", Seconds = "20" };

                public static CreateClipRequest SmallLong() => new("p") { Size = "640x480", Seconds = "20" };
            """),
            null,
            Diagnostic("SORA001").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("seconds 20 is not allowed when size is 1920x1080: seconds must be 5 or 10"));

        Assert.Equal("10", run.Single("SORA001").Properties[FixProperties.Replacement]);
    }

    [Fact]
    public Task SorasRuleAndValuesDoNotApplyToAcmesTypes() =>
        VerifyAcme(InAcmeClass("""
                // Sora's rule (1792 sizes need a pro model) has no say: 1792x1024 is simply not an acme size.
                public static CreateClipRequest SoraSize() => new("p") { Model = "acme-v1-max", Size = {|SORA002:"1792x1024"|} };

                // sora-2 is no model acme knows.
                public static CreateClipRequest SoraModel() => new("p") { Model = {|SORA003:"sora-2"|}, Size = "1920x1080" };

                // Five seconds is acme's default; four (Sora's default) is outside acme's enum.
                public static CreateClipRequest Five() => new("p") { Seconds = "5" };
                public static CreateClipRequest Four() => new("p") { Seconds = {|SORA002:"4"|} };
                public static CreateClipRequest Twenty() => new("p") { Seconds = ClipSeconds.Seconds20 };

                // 640x480 with the default model: allowed by acme's rule, unknown to Sora.
                public static CreateClipRequest Small(CreateClipRequest r) => r with { Model = ClipModel.AcmeV1, Size = "640x480" };
            """));

    [Fact]
    public Task BothSpecsInOneCompilationEachJudgedByItsOwnRules() =>
        VerifyAcme("""
            using System;
            using Acme.Video;
            using Sora.Contracts;

            namespace Consumer;

            internal static class C
            {
                public static CreateClipRequest Clip() => new("p") { Model = "acme-v1", Size = {|SORA001:"1920x1080"|}, Seconds = "5" };

                public static CreateVideoRequest Video() => new("p") { Model = "sora-2", Size = {|SORA001:"1792x1024"|}, Seconds = {|SORA002:"5"|} };

                public static CreateClipRequest ClipWithSoraValues() => new("p") { Size = {|SORA002:"1792x1024"|}, Seconds = {|SORA002:"4"|} };

                public static CreateVideoRequest VideoWithAcmeValues() => new("p") { Size = {|SORA002:"1920x1080"|}, Seconds = "4" };
            }
            """);

    [Fact]
    public Task AcmesPromptLimitsApply()
    {
        var limit = new string('a', 500);
        var over = new string('a', 501);
        // 500 emoji are 1000 UTF-16 units but 500 characters in JSON Schema's sense (code points).
        var emoji = string.Concat(Enumerable.Repeat("\U0001F3AC", 500));
        const string Empty = "prompt is empty: prompt must be at least 1 character long";
        const string TooLong = "prompt is too long: prompt must be at most 500 characters long";
        return VerifyAcme(
            InAcmeClass($$"""
                public static CreateClipRequest Empty() => new({|#0:""|});
                public static CreateClipRequest Blank() => new CreateClipRequest.Builder({|#1:"  "|}).Build();
                public static CreateClipRequest Limit() => new("{{limit}}");
                public static CreateClipRequest Over() => new({|#2:"{{over}}"|});
                public static CreateClipRequest Emoji() => new("{{emoji}}");
                public static CreateClipRequest EmojiOver() => new({|#3:"{{emoji}}!"|});
                public static RemixClipRequest Remix() => new({|#4:""|});
            """),
            null,
            Diagnostic("SORA005").WithLocation(0).WithMessage(Empty),
            Diagnostic("SORA005").WithLocation(1).WithMessage("prompt is whitespace only: prompt must match the pattern \\S"),
            Diagnostic("SORA005").WithLocation(2).WithMessage(TooLong),
            Diagnostic("SORA005").WithLocation(3).WithMessage(TooLong),
            Diagnostic("SORA005").WithLocation(4).WithMessage(Empty));
    }

    [Fact]
    public Task EdgeboxNarrowsAcmesValues() =>
        VerifyAcme(
            InAcmeClass("""
                public static CreateClipRequest Max() =>
                    new CreateClipRequest.Builder("p").WithModel({|SORA004:"acme-v1-max"|}).WithSize({|SORA004:"1280x720"|}).WithSeconds({|SORA004:"20"|}).Build();

                public static CreateClipRequest Fits() => new("p") { Model = "acme-v1", Size = "640x480", Seconds = "10" };
            """),
            provider: "edgebox");

    [Fact]
    public async Task AcmeCloudAdmitsThirtySecondsWhichTheSpecDoesNot()
    {
        const string Thirty = """
                public static CreateClipRequest Thirty() => new("p") { Seconds = "30" };
            """;
        const string MarkedThirty = """
                public static CreateClipRequest Thirty() => new("p") { Seconds = {|SORA002:"30"|} };
            """;

        await VerifyAcme(InAcmeClass(MarkedThirty));
        await VerifyAcme(InAcmeClass(Thirty), "acme-cloud");
        var onEdgebox = await VerifyAcme(InAcmeClass(MarkedThirty), "EDGEBOX");

        Assert.Equal("10", onEdgebox.Single("SORA002").Properties[FixProperties.Replacement]);
    }

    [Fact]
    public async Task AcmesProvidersAreKnownSorasStillAreAndOthersAreNot()
    {
        const string Code = "public static CreateClipRequest M() => new(\"p\");";

        await VerifyAcme(InAcmeClass(Code), "acme-cloud");

        // Sora.Contracts.dll (which every consumer references for the metadata attributes) brings Sora's profiles.
        await VerifyAcme(InAcmeClass(Code), "ezmodel");

        await VerifyAcme(
            InAcmeClass(Code),
            "acme-edge",
            Diagnostic("SORA006").WithMessage(
                "The SoraProvider MSBuild property is 'acme-edge', which no spec in this compilation defines (known: acme-cloud, edgebox, openai, azure, unigateway, ezmodel, gptge, litellm, new-api, vllm-omni, sglang)"));
    }

    [Fact]
    public Task AcmesProviderIsUnknownWithoutAcmesSpec() =>
        // A result with no location: the diagnostic must have none (Location.None).
        VerifyAsync(InClass("public static CreateVideoRequest M() => new(\"p\");"), "edgebox", Diagnostic("SORA006"));
}
