using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// The same code under each value of the <c>SoraProvider</c> MSBuild property: the verdicts follow the provider's
/// profile in the spec (ezmodel and azure render 720p only, azure runs sora-2 only, unigateway and gptge list two
/// models, unigateway admits 5 seconds), a provider name in another case is the same provider, and an unknown name is
/// one SORA006 with the spec's own verdicts.
/// </summary>
public sealed class ProviderSwitchTests
{
    // <<name:text>> is a site whose verdict changes with the provider; Mark() turns it into {|ID:text|} or plain text.
    private const string Code = """
            public static CreateVideoRequest ProLandscape() =>
                new CreateVideoRequest.Builder("p").WithModel(<<proModel:"sora-2-pro">>).WithSize(<<proSize:"1792x1024">>).Build();

            public static CreateVideoRequest Sora2Landscape() =>
                new CreateVideoRequest.Builder("p").WithModel("sora-2").WithSize(<<sora2Size:"1792x1024">>).Build();

            public static CreateVideoRequest FiveSeconds() => new("p") { Seconds = <<five:5>> };

            public static CreateVideoRequest DatedPro() => new("p") { Model = <<datedPro:"sora-2-pro-2025-10-06">> };

            public static CreateVideoRequest Hd() => new("p") { Model = VideoModel.Sora2, Size = "1280x720", Seconds = 12 };

            public static CreateVideoRequest UnknownModel(CreateVideoRequest r) => r with { Model = <<unknown:"sora-3-ultra">> };

            public static CreateVideoRequest FullHd() => new("p") { Model = <<fullHdModel:VideoModel.Sora2Pro>>, Size = <<fullHd:"1920x1080">> };
        """;

    /// <summary>The spec's own verdicts, with no provider (and with a provider that narrows nothing).</summary>
    private const string SpecVerdicts = "SORA001 sora2Size, SORA002 five, SORA003 unknown, SORA002 fullHd";

    public static TheoryData<string?, string> Providers() => new()
    {
        { null, SpecVerdicts },
        { "", SpecVerdicts },
        { "openai", SpecVerdicts },
        // 720p only: the 1792 sizes are the provider's business (SORA004); a 1792 size with sora-2 also breaks the
        // spec's rule (SORA001), as the validator reports both.
        { "ezmodel", "SORA004 proSize, SORA004 sora2Size, SORA001 sora2Size, SORA002 five, SORA003 unknown, SORA002 fullHd" },
        { "EzModel", "SORA004 proSize, SORA004 sora2Size, SORA001 sora2Size, SORA002 five, SORA003 unknown, SORA002 fullHd" },
        { " ezmodel ", "SORA004 proSize, SORA004 sora2Size, SORA001 sora2Size, SORA002 five, SORA003 unknown, SORA002 fullHd" },
        // sora-2 and 720p only; a model the spec does not know is still one azure does not run (SORA004, not SORA003).
        { "azure", "SORA004 proModel, SORA004 proSize, SORA004 sora2Size, SORA001 sora2Size, SORA002 five, SORA004 datedPro, SORA004 unknown, SORA004 fullHdModel, SORA002 fullHd" },
        { "AZURE", "SORA004 proModel, SORA004 proSize, SORA004 sora2Size, SORA001 sora2Size, SORA002 five, SORA004 datedPro, SORA004 unknown, SORA004 fullHdModel, SORA002 fullHd" },
        // Admits "5" (its own example shows it): no SORA002 for five seconds.
        { "unigateway", "SORA001 sora2Size, SORA004 datedPro, SORA004 unknown, SORA002 fullHd" },
        { "gptge", "SORA001 sora2Size, SORA002 five, SORA004 datedPro, SORA004 unknown, SORA002 fullHd" },
        // Any size, whole seconds and model (a pattern each): the spec's pro rule does not judge them either.
        { "vllm-omni", "" },
        { "sglang", "" },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public Task SameCodeDifferentVerdicts(string? provider, string expected) =>
        // Exactly these: no SORA006 either, since every provider here is known; a retired one (openai, azure) adds its
        // SORA007 and keeps its rules.
        VerifyAsync(InClass(Mark(Code, expected)), provider, RetiredNotice(provider));

    [Theory]
    [InlineData("acme")]
    [InlineData("ez-model")]
    [InlineData("openai-compatible")]
    public Task UnknownProviderIsOneSora006AndTheSpecsOwnVerdicts(string provider) =>
        // A result with no location: Location.None; the descriptor's severity: a warning. No SORA004 at all.
        VerifyAsync(
            InClass(Mark(Code, SpecVerdicts)),
            provider,
            Diagnostic("SORA006").WithMessage(
                $"The SoraProvider MSBuild property is '{provider}', which no spec in this compilation defines (known: openai, azure, unigateway, ezmodel, gptge, litellm, new-api, vllm-omni, sglang)"));

    [Fact]
    public Task UnknownProviderIsReportedOnceForAWholeCompilation()
    {
        var test = Test(InClass(Mark(Code, SpecVerdicts)), "acme", Diagnostic("SORA006"));
        for (var i = 0; i < 4; i++)
        {
            test.TestState.Sources.Add(($"/src/Consumer/More{i}.cs", Usings + $"namespace Consumer{i};\ninternal static class D\n{{\n{Mark(Code, SpecVerdicts)}\n}}\n"));
        }

        return RunAsync(test);
    }

    [Fact]
    public Task UnknownProviderIsReportedEvenWhenNoRequestIsBuilt() =>
        VerifyAsync(InClass("public static int M() => 1;"), "acme", Diagnostic("SORA006"));

    [Fact]
    public async Task NoSora006WhenTheContractsAreNotReferenced()
    {
        // Nothing to validate against, so nothing to say about the provider either.
        var test = new SoraAnalyzerTest(referenceContracts: false).WithProvider("acme");
        test.TestState.Sources.Add((SnippetPath, "internal static class C { public static int M() => 1; }"));

        Assert.Empty((await RunAsync(test)).Diagnostics);
    }

    public static TheoryData<Form> AllForms() => new(RequestForms.All);

    [Theory]
    [MemberData(nameof(AllForms))]
    public async Task FiveSecondsIsFineOnUnigatewayOnly(Form form)
    {
        foreach (var provider in new string?[] { null, "openai", "azure", "ezmodel", "gptge", "unigateway", "UniGateway" })
        {
            var isUnigateway = string.Equals(provider, "unigateway", StringComparison.OrdinalIgnoreCase);
            var snippet = RequestForms.Snippet(RequestForms.Expression(form, null, ("Seconds", Mark("<<five:5>>", isUnigateway ? string.Empty : "SORA002 five"))));
            await VerifyAsync(snippet, provider, RetiredNotice(provider));
        }
    }

    [Theory]
    [MemberData(nameof(AllForms))]
    public Task EightSecondsIsNotOutsideTheEnumOnUnigateway(Form form) =>
        // The provider's list replaces the spec's for that provider; values in both are fine.
        VerifyAsync(RequestForms.Snippet(RequestForms.Expression(form, null, ("Seconds", "8"), ("Model", "\"sora-2-pro\""))), "unigateway");

    [Fact]
    public Task Sora004MessageNamesTheProviderAsConfigured()
    {
        var sites = Regex.Matches(Code, "<<([A-Za-z0-9]+):").Select(m => m.Groups[1].Value).ToList();
        var numbered = Regex.Replace(Code, "<<([A-Za-z0-9]+):(.*?)>>", m => "{|#" + sites.IndexOf(m.Groups[1].Value) + ":" + m.Groups[2].Value + "|}");
        DiagnosticResult Provider(string site, string message) => Diagnostic("SORA004").WithLocation(sites.IndexOf(site)).WithMessage(message);
        return VerifyAsync(
            InClass(numbered),
            "EzModel",
            Provider("proSize", "size 1792x1024 is not supported by provider EzModel: size must be 720x1280 or 1280x720 there"),
            Provider("sora2Size", "size 1792x1024 is not supported by provider EzModel: size must be 720x1280 or 1280x720 there"),
            Diagnostic("SORA001").WithLocation(sites.IndexOf("sora2Size")).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
            Diagnostic("SORA002").WithLocation(sites.IndexOf("five")),
            Diagnostic("SORA003").WithLocation(sites.IndexOf("unknown")),
            Diagnostic("SORA002").WithLocation(sites.IndexOf("fullHd"))
                .WithMessage("size 1920x1080 is not an allowed value: size must be 720x1280 or 1280x720 with provider EzModel"));
    }

    /// <summary>
    /// <paramref name="template"/> with each <c>&lt;&lt;name:text&gt;&gt;</c> named in <paramref name="expected"/>
    /// ("SORA004 proSize, ...") marked <c>{|SORA004:text|}</c> (nested, <c>{|SORA004:{|SORA001:text|}|}</c>, when it
    /// is named twice), and every other one left as plain text.
    /// </summary>
    private static string Mark(string template, string expected)
    {
        var ids = expected.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(e => e.Split(' ')).ToLookup(p => p[1], p => p[0]);
        return Regex.Replace(template, "<<([A-Za-z0-9]+):(.*?)>>", m =>
            ids[m.Groups[1].Value].Aggregate(m.Groups[2].Value, (text, id) => "{|" + id + ":" + text + "|}"));
    }
}
