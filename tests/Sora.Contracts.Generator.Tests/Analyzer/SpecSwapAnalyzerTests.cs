using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
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

    private static async Task<AnalyzerRun> RunAcme(string markup, string? provider = null)
    {
        var run = await RunWithSpecAsync(markup, new SpecFile(AcmeSpecVirtualPath, AcmeSpec.Value, "Acme.Video"), provider);
        Assert.Contains(run.Compilation.SyntaxTrees, t => t.FilePath.EndsWith("CreateClipRequest.g.cs", StringComparison.Ordinal));
        return run;
    }

    private static async Task<AnalyzerRun> VerifyAcme(string markup, string? provider = null)
    {
        var run = await RunAcme(markup, provider);
        AssertExactly(run);
        return run;
    }

    [Fact]
    public async Task AcmesRuleFiresFullHdNeedsTheMaxModel()
    {
        var run = await VerifyAcme(InAcmeClass("""
                public static CreateClipRequest Explicit() =>
                    new CreateClipRequest.Builder("p").WithModel({|#model:"acme-v1"|}).WithSize({|SORA001:"1920x1080"|}).Build();

                public static CreateClipRequest Absent() => new("p") { Size = {|SORA001:ClipSize.Size1920x1080|} };

                public static CreateClipRequest Max() => new CreateClipRequest.Builder("p").WithModel(ClipModel.AcmeV1Max).WithSize("1920x1080").Build();
            """));

        var explicitModel = run.Diagnostics.First(d => d.Id == "SORA001");
        Assert.Equal(
            "size 1920x1080 is not allowed when model is acme-v1: size must be 640x480 or 1280x720",
            explicitModel.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("1280x720", explicitModel.Properties[Sora.Contracts.Generator.Analysis.FixProperties.Replacement]);
        Assert.Equal("acme-v1-max", explicitModel.Properties[Sora.Contracts.Generator.Analysis.FixProperties.ConditionReplacement]);
        run.AssertAt(explicitModel.AdditionalLocations.Single(), "model");

        // The default model is acme's (acme-v1), not Sora's sora-2.
        Assert.Equal(
            "size 1920x1080 is not allowed when model is not set (acme-v1 by default): size must be 640x480 or 1280x720",
            run.Diagnostics.Last(d => d.Id == "SORA001").GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AcmesSecondRuleNeedsTheSizeWrittenAndLimitsFullHdClips()
    {
        var run = await VerifyAcme(InAcmeClass("""
                public static CreateClipRequest TooLong() =>
                    new CreateClipRequest.Builder("p").WithModel("acme-v1-max").WithSize("1920x1080").WithSeconds({|SORA001:"20"|}).Build();

                public static CreateClipRequest Short() =>
                    new CreateClipRequest.Builder("p").WithModel("acme-v1-max").WithSize("1920x1080").WithSeconds(ClipSeconds.Seconds10).Build();

                // The rule's "if" requires size: with the size not written, twenty seconds is fine.
                public static CreateClipRequest NoSize() => new("p") { Model = "acme-v1-max", Seconds = "20" };

                public static CreateClipRequest SmallLong() => new("p") { Size = "640x480", Seconds = "20" };
            """));

        var tooLong = run.Single("SORA001");
        Assert.Equal("seconds 20 is not allowed when size is 1920x1080: seconds must be 5 or 10", tooLong.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("10", tooLong.Properties[Sora.Contracts.Generator.Analysis.FixProperties.Replacement]);
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
    public async Task AcmesPromptLimitsApply()
    {
        var limit = new string('a', 500);
        var over = new string('a', 501);
        // 500 emoji are 1000 UTF-16 units but 500 characters in JSON Schema's sense (code points).
        var emoji = string.Concat(Enumerable.Repeat("\U0001F3AC", 500));
        var run = await VerifyAcme(InAcmeClass($$"""
                public static CreateClipRequest Empty() => new({|SORA005:""|});
                public static CreateClipRequest Blank() => new CreateClipRequest.Builder({|SORA005:"  "|}).Build();
                public static CreateClipRequest Limit() => new("{{limit}}");
                public static CreateClipRequest Over() => new({|SORA005:"{{over}}"|});
                public static CreateClipRequest Emoji() => new("{{emoji}}");
                public static CreateClipRequest EmojiOver() => new({|SORA005:"{{emoji}}!"|});
                public static RemixClipRequest Remix() => new({|SORA005:""|});
            """));

        Assert.Equal(
            new[] { "prompt is empty: prompt must be at least 1 character long", "prompt is whitespace only: prompt must match the pattern \\S", "prompt is too long: prompt must be at most 500 characters long", "prompt is too long: prompt must be at most 500 characters long", "prompt is empty: prompt must be at least 1 character long" },
            run.Diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
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
        const string Code = """
                public static CreateClipRequest Thirty() => new("p") { Seconds = {|#thirty:"30"|} };
            """;

        var withoutProvider = await RunAcme(InAcmeClass(Code));
        var onAcmeCloud = await RunAcme(InAcmeClass(Code), "acme-cloud");
        var onEdgebox = await RunAcme(InAcmeClass(Code), "EDGEBOX");

        withoutProvider.AssertAt(withoutProvider.Single("SORA002").Location, "thirty");
        Assert.Empty(onAcmeCloud.Diagnostics);
        onEdgebox.AssertAt(onEdgebox.Single("SORA002").Location, "thirty");
        Assert.Equal("10", onEdgebox.Single("SORA002").Properties[Sora.Contracts.Generator.Analysis.FixProperties.Replacement]);
    }

    [Fact]
    public async Task AcmesProvidersAreKnownSorasStillAreAndOthersAreNot()
    {
        const string Code = "public static CreateClipRequest M() => new(\"p\");";

        Assert.Empty((await RunAcme(InAcmeClass(Code), "acme-cloud")).Diagnostics);

        // Sora.Contracts.dll (which every consumer references for the metadata attributes) brings Sora's profiles.
        Assert.Empty((await RunAcme(InAcmeClass(Code), "ezmodel")).Diagnostics);

        var unknown = (await RunAcme(InAcmeClass(Code), "acme-edge")).Single("SORA006");
        Assert.Equal(
            "The SoraProvider MSBuild property is 'acme-edge', which no spec in this compilation defines (known: acme-cloud, edgebox, openai, azure, unigateway, ezmodel, gptge)",
            unknown.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AcmesProviderIsUnknownWithoutAcmesSpec()
    {
        var run = await RunAsync(InClass("public static CreateVideoRequest M() => new(\"p\");"), "edgebox");

        Assert.Equal(Location.None, run.Single("SORA006").Location);
    }
}
