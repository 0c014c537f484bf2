using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Sora.Contracts.Generator.Analysis;
using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// Every SORA0xx can be re-leveled in .editorconfig (or a globalconfig, as MSBuild writes one) like any compiler
/// diagnostic, and the catalogue is complete: help links to docs/diagnostics/{ID}.md that exist, and release tracking.
/// </summary>
public sealed class SeverityAndCatalogueTests
{
    private const string Code = """
            public static CreateVideoRequest Combination() => new("p") { Size = "1792x1024" };
            public static CreateVideoRequest Outside() => new("p") { Seconds = 5 };
            public static CreateVideoRequest Unknown() => new("p") { Model = "sora-3-ultra" };
            public static CreateVideoRequest Provider() => new("p") { Model = "sora-2-pro", Size = "1024x1792" };
            public static CreateVideoRequest Blank() => new(" ");
        """;

    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = new SoraRequestAnalyzer().SupportedDiagnostics;

    [Fact]
    public async Task DefaultSeverities()
    {
        var severities = await Severities(ImmutableDictionary<string, ReportDiagnostic>.Empty);

        Assert.Equal("SORA001 Error, SORA002 Error, SORA003 Warning, SORA004 Warning, SORA005 Error, SORA006 Warning", severities);
    }

    [Fact]
    public async Task EditorConfigMakesSora001AWarningAndSuppressesSora003()
    {
        var config = AnalyzerConfig.Parse(
            """
            root = true

            [*.cs]
            dotnet_diagnostic.SORA001.severity = warning
            dotnet_diagnostic.SORA003.severity = none
            dotnet_diagnostic.SORA004.severity = error
            dotnet_diagnostic.SORA005.severity = suggestion
            """,
            "/src/Consumer/.editorconfig");
        var options = AnalyzerConfigSet.Create(new[] { config }).GetOptionsForSourcePath(SnippetPath);
        Assert.Empty(options.Diagnostics);

        var severities = await Severities(options.TreeOptions);

        Assert.Equal("SORA001 Warning, SORA002 Error, SORA004 Error, SORA005 Info, SORA006 Warning", severities);
    }

    [Fact]
    public async Task EditorConfigForAnotherFolderChangesNothing()
    {
        var config = AnalyzerConfig.Parse("[/elsewhere/**.cs]\ndotnet_diagnostic.SORA001.severity = none\n", "/.editorconfig");
        var options = AnalyzerConfigSet.Create(new[] { config }).GetOptionsForSourcePath(SnippetPath);

        var severities = await Severities(options.TreeOptions);

        Assert.Equal("SORA001 Error, SORA002 Error, SORA003 Warning, SORA004 Warning, SORA005 Error, SORA006 Warning", severities);
    }

    [Fact]
    public async Task GlobalConfigReLevelsEveryIdIncludingTheCompilationEndOne()
    {
        var config = AnalyzerConfig.Parse(
            """
            is_global = true
            dotnet_diagnostic.SORA001.severity = warning
            dotnet_diagnostic.SORA002.severity = warning
            dotnet_diagnostic.SORA003.severity = none
            dotnet_diagnostic.SORA005.severity = silent
            dotnet_diagnostic.SORA006.severity = error
            """,
            "/src/Consumer/obj/Consumer.GeneratedMSBuildEditorConfig.editorconfig");
        var set = AnalyzerConfigSet.Create(new[] { config });
        Assert.Empty(set.GlobalConfigOptions.Diagnostics);

        var severities = await Severities(set.GlobalConfigOptions.TreeOptions);

        Assert.Equal("SORA001 Warning, SORA002 Warning, SORA004 Warning, SORA005 Hidden, SORA006 Error", severities);
    }

    [Fact]
    public async Task ThePropertyMsBuildWritesIntoTheGlobalConfigChoosesTheProvider()
    {
        // What `<SoraProvider>ezmodel</SoraProvider>` + CompilerVisibleProperty become in obj/*.GeneratedMSBuildEditorConfig.editorconfig.
        var config = AnalyzerConfig.Parse(
            "is_global = true\nbuild_property.SoraProvider = ezmodel\ndotnet_diagnostic.SORA004.severity = error\n",
            "/src/Consumer/obj/Consumer.GeneratedMSBuildEditorConfig.editorconfig");
        var global = AnalyzerConfigSet.Create(new[] { config }).GlobalConfigOptions;
        var compilation = Compile(InClass(Code));
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(global.TreeOptions));

        var diagnostics = await AnalyzeWith(compilation, new ConfigOptionsProvider(global.AnalyzerOptions));

        Assert.Equal(2, diagnostics.Count(d => d.Id == "SORA004" && d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task PragmaSuppressesOneSite()
    {
        var run = await VerifyAsync(InClass("""
            #pragma warning disable SORA001 // a pro deployment named sora-2 behind our proxy
                public static CreateVideoRequest A() => new("p") { Size = "1792x1024" };
            #pragma warning restore SORA001
                public static CreateVideoRequest B() => new("p") { Size = {|SORA001:"1792x1024"|} };
            """));

        Assert.Single(run.Diagnostics);
    }

    [Fact]
    public void EveryDescriptorIsInTheCatalogueOnce()
    {
        Assert.Equal(new[] { "SORA001", "SORA002", "SORA003", "SORA004", "SORA005", "SORA006" }, Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(Descriptors, d =>
        {
            Assert.Equal("SoraRequest", d.Category);
            Assert.True(d.IsEnabledByDefault, d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)), d.Id);
        });
        Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, Descriptors.Single(d => d.Id == "SORA006").CustomTags);
    }

    public static TheoryData<string> Ids() => new(new SoraRequestAnalyzer().SupportedDiagnostics.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void HelpLinkPointsAtTheDocsPage(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);

        Assert.EndsWith($"/docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.True(Uri.IsWellFormedUriString(descriptor.HelpLinkUri, UriKind.Absolute), descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void TheDocsPageExists(string id)
    {
        var page = Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md");

        Assert.True(File.Exists(page), $"{id}'s help link points at docs/diagnostics/{id}.md, which does not exist");
        Assert.StartsWith($"# {id}", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void HelpLinksShareTheRootOfTheSpecDiagnostics()
    {
        var specRoot = Sora.Contracts.SpecReader.Diagnostics.SpecDiagnostics.InvalidSyntax.HelpLink;
        var root = specRoot[..(specRoot.LastIndexOf('/') + 1)];

        Assert.All(Descriptors, d => Assert.StartsWith(root, d.HelpLinkUri, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryIdIsInTheUnshippedReleaseWithItsCategoryAndSeverity(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "generator", "Sora.Contracts.Generator", "AnalyzerReleases.Unshipped.md"));

        var row = Assert.Single(lines, l => l.StartsWith(id + " ", StringComparison.Ordinal));
        var cells = row.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(descriptor.Category, cells[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
        Assert.Equal(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[3]);
    }

    /// <summary>
    /// "ID Severity" of each SORA diagnostic, in id order, with <paramref name="severities"/> applied to the
    /// compilation. The code runs twice to show all six: under an unknown provider (SORA001, 002, 003, 005, 006) and
    /// under ezmodel (SORA002, 003, 004, 005; its 720p-only list turns the SORA001 into a SORA004).
    /// </summary>
    private static async Task<string> Severities(ImmutableDictionary<string, ReportDiagnostic> severities)
    {
        var compilation = Compile(InClass(Code));
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(severities));
        var diagnostics = (await AnalyzeAsync(compilation, "acme")).Concat(await AnalyzeAsync(compilation, "ezmodel"));
        return string.Join(", ", diagnostics.Select(d => $"{d.Id} {d.Severity}").Distinct().Order(StringComparer.Ordinal));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeWith(Compilation compilation, AnalyzerConfigOptionsProvider provider)
    {
        var all = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SoraRequestAnalyzer()), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider))
            .GetAllDiagnosticsAsync();
        Assert.DoesNotContain(all, d => d.Id == "AD0001");
        return all.Where(d => d.Id.StartsWith("SORA", StringComparison.Ordinal)).ToImmutableArray();
    }

    /// <summary>Options as the compiler builds them from analyzer config: keys compared case-insensitively.</summary>
    private sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public ConfigOptionsProvider(ImmutableDictionary<string, string> global) => GlobalOptions = new Options(global);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public Options(ImmutableDictionary<string, string> values) => _values = values.WithComparers(KeyComparer);

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
