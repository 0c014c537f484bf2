using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
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
            public static CreateVideoRequest Combination() => new("p") { Size = {|#0:"1792x1024"|} };
            public static CreateVideoRequest Outside() => new("p") { Seconds = {|#1:5|} };
            public static CreateVideoRequest Unknown() => new("p") { Model = {|#2:"sora-3-ultra"|} };
            public static CreateVideoRequest Provider() => new("p") { Model = "sora-2-pro", Size = {|#3:"1024x1792"|} };
            public static CreateVideoRequest Blank() => new({|#4:" "|});
        """;

    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = new SoraRequestAnalyzer().SupportedDiagnostics;

    /// <summary>
    /// What <see cref="Code"/> gives (id, markup location; -1 for none, which the harness lists first) under an unknown provider (SORA001, 002, 003,
    /// 005, 006) and under ezmodel (SORA001, 002, 003, 004, 005; its 720p-only list adds a SORA004 to the SORA001, as the
    /// validator reports both): all six ids between the two.
    /// </summary>
    private static readonly (string Id, int Location)[] UnderAcme = { ("SORA006", -1), ("SORA001", 0), ("SORA002", 1), ("SORA003", 2), ("SORA005", 4) };

    private static readonly (string Id, int Location)[] UnderEzmodel = { ("SORA001", 0), ("SORA004", 0), ("SORA002", 1), ("SORA003", 2), ("SORA004", 3), ("SORA005", 4) };

    [Fact]
    public Task DefaultSeverities() =>
        VerifySeverities(new Dictionary<string, DiagnosticSeverity?>
        {
            ["SORA001"] = DiagnosticSeverity.Error, ["SORA002"] = DiagnosticSeverity.Error, ["SORA003"] = DiagnosticSeverity.Warning,
            ["SORA004"] = DiagnosticSeverity.Warning, ["SORA005"] = DiagnosticSeverity.Error, ["SORA006"] = DiagnosticSeverity.Warning,
        });

    [Fact]
    public Task EditorConfigMakesSora001AWarningAndSuppressesSora003() =>
        VerifySeverities(
            new Dictionary<string, DiagnosticSeverity?>
            {
                ["SORA001"] = DiagnosticSeverity.Warning, ["SORA002"] = DiagnosticSeverity.Error, ["SORA003"] = null,
                ["SORA004"] = DiagnosticSeverity.Error, ["SORA005"] = DiagnosticSeverity.Info, ["SORA006"] = DiagnosticSeverity.Warning,
            },
            editorConfig: ("/src/Consumer/.editorconfig", """
                root = true

                [*.cs]
                dotnet_diagnostic.SORA001.severity = warning
                dotnet_diagnostic.SORA003.severity = none
                dotnet_diagnostic.SORA004.severity = error
                dotnet_diagnostic.SORA005.severity = suggestion
                """));

    [Fact]
    public Task EditorConfigForAnotherFolderChangesNothing() =>
        VerifySeverities(
            new Dictionary<string, DiagnosticSeverity?>
            {
                ["SORA001"] = DiagnosticSeverity.Error, ["SORA002"] = DiagnosticSeverity.Error, ["SORA003"] = DiagnosticSeverity.Warning,
                ["SORA004"] = DiagnosticSeverity.Warning, ["SORA005"] = DiagnosticSeverity.Error, ["SORA006"] = DiagnosticSeverity.Warning,
            },
            editorConfig: ("/.editorconfig", "[/elsewhere/**.cs]\ndotnet_diagnostic.SORA001.severity = none\n"));

    [Fact]
    public Task GlobalConfigReLevelsEveryIdIncludingTheCompilationEndOne() =>
        VerifySeverities(
            new Dictionary<string, DiagnosticSeverity?>
            {
                ["SORA001"] = DiagnosticSeverity.Warning, ["SORA002"] = DiagnosticSeverity.Warning, ["SORA003"] = null,
                ["SORA004"] = DiagnosticSeverity.Warning, ["SORA005"] = DiagnosticSeverity.Hidden, ["SORA006"] = DiagnosticSeverity.Error,
            },
            globalConfig: """
                dotnet_diagnostic.SORA001.severity = warning
                dotnet_diagnostic.SORA002.severity = warning
                dotnet_diagnostic.SORA003.severity = none
                dotnet_diagnostic.SORA005.severity = silent
                dotnet_diagnostic.SORA006.severity = error

                """);

    [Fact]
    public Task ThePropertyMsBuildWritesIntoTheGlobalConfigChoosesTheProvider() =>
        // What `<SoraProvider>ezmodel</SoraProvider>` + CompilerVisibleProperty become in obj/*.GeneratedMSBuildEditorConfig.editorconfig.
        RunAsync(Expecting(
            "ezmodel",
            UnderEzmodel,
            new Dictionary<string, DiagnosticSeverity?> { ["SORA004"] = DiagnosticSeverity.Error },
            globalConfig: "dotnet_diagnostic.SORA004.severity = error\n"));

    [Fact]
    public Task PragmaSuppressesOneSite()
    {
        var test = Test(InClass("""
            #pragma warning disable SORA001 // a pro deployment named sora-2 behind our proxy
                public static CreateVideoRequest A() => new("p") { Size = "1792x1024" };
            #pragma warning restore SORA001
                public static CreateVideoRequest B() => new("p") { Size = {|SORA001:"1792x1024"|} };
            """));

        // The harness's own check puts a file-wide #pragma warning disable on top, which this snippet's restore undoes.
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        return RunAsync(test);
    }

    [Fact]
    public void EveryDescriptorIsInTheCatalogueOnce()
    {
        Assert.Equal(new[] { "SORA001", "SORA002", "SORA003", "SORA004", "SORA005", "SORA006", "SORA007", "SORA008", "SORA009" }, Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(Descriptors, d =>
        {
            Assert.Equal("SoraRequest", d.Category);
            Assert.True(d.IsEnabledByDefault, d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)), d.Id);
        });
        Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, Descriptors.Single(d => d.Id == "SORA006").CustomTags);
        Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, Descriptors.Single(d => d.Id == "SORA007").CustomTags);
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
    /// Runs <see cref="Code"/> under an unknown provider and under ezmodel with the config given, expecting every
    /// diagnostic at the severity <paramref name="severities"/> names for its id (none: not reported).
    /// </summary>
    private static async Task VerifySeverities(
        IReadOnlyDictionary<string, DiagnosticSeverity?> severities, (string Path, string Text)? editorConfig = null, string globalConfig = "")
    {
        await RunAsync(Expecting("acme", UnderAcme, severities, editorConfig, globalConfig));
        await RunAsync(Expecting("ezmodel", UnderEzmodel, severities, editorConfig, globalConfig));
    }

    private static SoraAnalyzerTest Expecting(
        string provider,
        (string Id, int Location)[] sites,
        IReadOnlyDictionary<string, DiagnosticSeverity?> severities,
        (string Path, string Text)? editorConfig = null,
        string globalConfig = "")
    {
        var test = new SoraAnalyzerTest().WithProvider(provider, globalConfig);
        test.TestState.Sources.Add((SnippetPath, InClass(Code)));
        if (editorConfig is { } config)
        {
            test.TestState.AnalyzerConfigFiles.Add(config);
        }

        foreach (var (id, location) in sites)
        {
            var severity = severities.TryGetValue(id, out var configured) ? configured : Descriptors.Single(d => d.Id == id).DefaultSeverity;
            if (severity is { } reported)
            {
                var expected = Diagnostic(id).WithSeverity(reported).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);
                test.ExpectedDiagnostics.Add(location < 0 ? expected : expected.WithLocation(location));
            }
        }

        return test;
    }
}
