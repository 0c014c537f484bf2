using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
    private const string Code = """
            public static CreateVideoRequest ProLandscape() =>
                new CreateVideoRequest.Builder("p").WithModel({|#proModel:"sora-2-pro"|}).WithSize({|#proSize:"1792x1024"|}).Build();

            public static CreateVideoRequest Sora2Landscape() =>
                new CreateVideoRequest.Builder("p").WithModel("sora-2").WithSize({|#sora2Size:"1792x1024"|}).Build();

            public static CreateVideoRequest FiveSeconds() => new("p") { Seconds = {|#five:5|} };

            public static CreateVideoRequest DatedPro() => new("p") { Model = {|#datedPro:"sora-2-pro-2025-10-06"|} };

            public static CreateVideoRequest Hd() => new("p") { Model = VideoModel.Sora2, Size = "1280x720", Seconds = 12 };

            public static CreateVideoRequest UnknownModel(CreateVideoRequest r) => r with { Model = {|#unknown:"sora-3-ultra"|} };

            public static CreateVideoRequest FullHd() => new("p") { Model = {|#fullHdModel:VideoModel.Sora2Pro|}, Size = {|#fullHd:"1920x1080"|} };
        """;

    /// <summary>The spec's own verdicts, with no provider (and with a provider that narrows nothing).</summary>
    private static readonly (string Id, string Where)[] SpecVerdicts =
    {
        ("SORA001", "sora2Size"), ("SORA002", "five"), ("SORA003", "unknown"), ("SORA002", "fullHd"),
    };

    public static TheoryData<string?, string> Providers() => new()
    {
        { null, "SORA001 sora2Size, SORA002 five, SORA003 unknown, SORA002 fullHd" },
        { "", "SORA001 sora2Size, SORA002 five, SORA003 unknown, SORA002 fullHd" },
        { "openai", "SORA001 sora2Size, SORA002 five, SORA003 unknown, SORA002 fullHd" },
        // 720p only: the 1792 sizes are the provider's business (SORA004), not also SORA001.
        { "ezmodel", "SORA004 proSize, SORA004 sora2Size, SORA002 five, SORA003 unknown, SORA002 fullHd" },
        { "EzModel", "SORA004 proSize, SORA004 sora2Size, SORA002 five, SORA003 unknown, SORA002 fullHd" },
        { " ezmodel ", "SORA004 proSize, SORA004 sora2Size, SORA002 five, SORA003 unknown, SORA002 fullHd" },
        // sora-2 and 720p only; a model the spec does not know is still one azure does not run (SORA004, not SORA003).
        { "azure", "SORA004 proModel, SORA004 proSize, SORA004 sora2Size, SORA002 five, SORA004 datedPro, SORA004 unknown, SORA004 fullHdModel, SORA002 fullHd" },
        { "AZURE", "SORA004 proModel, SORA004 proSize, SORA004 sora2Size, SORA002 five, SORA004 datedPro, SORA004 unknown, SORA004 fullHdModel, SORA002 fullHd" },
        // Admits "5" (its own example shows it): no SORA002 for five seconds.
        { "unigateway", "SORA001 sora2Size, SORA004 datedPro, SORA004 unknown, SORA002 fullHd" },
        { "gptge", "SORA001 sora2Size, SORA002 five, SORA004 datedPro, SORA004 unknown, SORA002 fullHd" },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SameCodeDifferentVerdicts(string? provider, string expected)
    {
        var run = await RunAsync(InClass(Code), provider);

        AssertVerdicts(run, Parse(expected));
        Assert.Empty(run.WithId("SORA006"));
    }

    [Theory]
    [InlineData("acme")]
    [InlineData("ez-model")]
    [InlineData("openai-compatible")]
    public async Task UnknownProviderIsOneSora006AndTheSpecsOwnVerdicts(string provider)
    {
        var run = await RunAsync(InClass(Code), provider);

        var unknown = run.Single("SORA006");
        Assert.Equal(Location.None, unknown.Location);
        Assert.Equal(DiagnosticSeverity.Warning, unknown.Severity);
        Assert.Equal(
            $"The SoraProvider MSBuild property is '{provider}', which no spec in this compilation defines (known: openai, azure, unigateway, ezmodel, gptge)",
            unknown.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.WithId("SORA004"));
        AssertVerdicts(run, SpecVerdicts);
    }

    [Fact]
    public async Task UnknownProviderIsReportedOnceForAWholeCompilation()
    {
        var markup = Markup.Parse(InClass(Code));
        var trees = Enumerable.Range(0, 4).Select(i => CSharpSyntaxTree.ParseText(
            Usings + $"namespace Consumer{i};\ninternal static class D\n{{\n{Markup.Parse(Code).Code}\n}}\n", GeneratorHarness.ParseOptions, $"/src/Consumer/More{i}.cs"));
        var compilation = Compile(markup.Code, moreTrees: trees);

        var diagnostics = await AnalyzeAsync(compilation, "acme");

        Assert.Single(diagnostics, d => d.Id == "SORA006");
        Assert.Empty(diagnostics.Where(d => d.Id == "SORA004"));
        Assert.Equal(5 * SpecVerdicts.Length, diagnostics.Count(d => d.Id != "SORA006"));
    }

    [Fact]
    public async Task UnknownProviderIsReportedEvenWhenNoRequestIsBuilt()
    {
        var diagnostics = await AnalyzeAsync(Compile(InClass("public static int M() => 1;")), "acme");

        Assert.Equal("SORA006", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public async Task NoSora006WhenTheContractsAreNotReferenced()
    {
        // Nothing to validate against, so nothing to say about the provider either.
        var diagnostics = await AnalyzeAsync(Compile("internal static class C { public static int M() => 1; }", referenceContracts: false), "acme");

        Assert.Empty(diagnostics);
    }

    public static TheoryData<Form> AllForms() => new(RequestForms.All);

    [Theory]
    [MemberData(nameof(AllForms))]
    public async Task FiveSecondsIsFineOnUnigatewayOnly(Form form)
    {
        var snippet = RequestForms.Snippet(RequestForms.Expression(form, null, ("Seconds", "{|#five:5|}")));
        foreach (var provider in new string?[] { null, "openai", "azure", "ezmodel", "gptge", "unigateway", "UniGateway" })
        {
            var run = await RunAsync(snippet, provider);
            var isUnigateway = string.Equals(provider, "unigateway", StringComparison.OrdinalIgnoreCase);
            AssertVerdicts(run, isUnigateway ? Array.Empty<(string, string)>() : new[] { ("SORA002", "five") });
        }
    }

    [Theory]
    [MemberData(nameof(AllForms))]
    public async Task EightSecondsIsNotOutsideTheEnumOnUnigateway(Form form)
    {
        // The provider's list replaces the spec's for that provider; values in both are fine.
        var run = await RunAsync(RequestForms.Snippet(RequestForms.Expression(form, null, ("Seconds", "8"), ("Model", "\"sora-2-pro\""))), "unigateway");

        AssertVerdicts(run, Array.Empty<(string, string)>());
    }

    [Fact]
    public async Task Sora004MessageNamesTheProviderAsConfigured()
    {
        var run = await RunAsync(InClass(Code), "EzModel");

        Assert.All(run.WithId("SORA004"), d => Assert.Contains("provider EzModel", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Equal(
            "size 1920x1080 is not an allowed value: size must be 720x1280 or 1280x720 with provider EzModel",
            run.WithId("SORA002").Single(d => TextOf(d.Location) == "\"1920x1080\"").GetMessage(CultureInfo.InvariantCulture));
    }

    private static (string Id, string Where)[] Parse(string expected) =>
        expected.Split(", ").Select(e => e.Split(' ')).Select(p => (p[0], p[1])).ToArray();

    /// <summary>Asserts the source diagnostics are exactly (id, named span) pairs of <paramref name="expected"/>.</summary>
    private static void AssertVerdicts(AnalyzerRun run, IEnumerable<(string Id, string Where)> expected)
    {
        var wanted = expected.Select(e => (e.Id, Span: run.Markup.Named(e.Where))).OrderBy(e => e.Span.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var actual = run.Diagnostics.Where(d => d.Location.IsInSource)
            .Select(d => (d.Id, Span: d.Location.SourceSpan)).OrderBy(e => e.Span.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        Assert.True(
            wanted.SequenceEqual(actual),
            "expected:\n" + string.Join("\n", wanted.Select(w => $"  {w.Id} '{run.Markup.TextAt(w.Span)}'")) + "\nactual:\n" + Describe(run.Diagnostics, run.Markup));
    }
}
