using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Sora.Contracts.Generator.Analysis;
using Sora.Contracts.Generator.Diagnostics;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// <see cref="SoraRequestAnalyzer"/> on the standard analyzer-testing harness: the snippet's markup
/// (<c>{|SORA001:...|}</c>, <c>{|#0:...|}</c>) and the expected <see cref="DiagnosticResult"/>s are the whole expectation
/// (id, span, additional locations, message and severity where given), compiler errors fail the test, an analyzer
/// exception (AD0001) fails it, and the harness checks on its own that a <c>#pragma warning disable</c> silences every
/// expected diagnostic.
/// </summary>
internal sealed class SoraAnalyzerTest : CSharpAnalyzerTest<SoraRequestAnalyzer, DefaultVerifier>
{
    /// <param name="referenceContracts">False for a compilation that does not reference Sora.Contracts.dll.</param>
    public SoraAnalyzerTest(bool referenceContracts = true)
    {
        // No reference package to resolve, so nothing is downloaded: the shared framework comes from the test host's
        // TRUSTED_PLATFORM_ASSEMBLIES (with Sora.Contracts.dll) as metadata references.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(referenceContracts
            ? GeneratorHarness.References
            : GeneratorHarness.References.Where(r => !string.Equals(System.IO.Path.GetFileName(r.Display), "Sora.Contracts.dll", StringComparison.OrdinalIgnoreCase)));
        SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            return solution
                .WithProjectCompilationOptions(projectId, ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable))
                .WithProjectParseOptions(projectId, GeneratorHarness.ParseOptions);
        });
    }

    /// <summary>Generators to run before the analyzer (a consumer's own spec); none by default.</summary>
    public List<Type> SourceGenerators { get; } = new();

    /// <summary>
    /// The diagnostics of the harness's first analysis (the one checked against the expectation). Hand-written because
    /// the harness compares ids, spans, messages and severities but never <see cref="Diagnostic.Properties"/>, which is
    /// what the code fixes read.
    /// </summary>
    public ImmutableArray<Diagnostic> Reported { get; private set; }

    protected override IEnumerable<Type> GetSourceGenerators() => SourceGenerators;

    /// <summary>
    /// The harness enables every supported id by writing it into the compilation's specific diagnostic options, which
    /// outrank a global analyzer config (compiler precedence) and so would hide what a globalconfig re-levels. A real
    /// build writes no such entries, and every SORA descriptor is enabled by default: the entries are taken out again.
    /// </summary>
    protected override Project ApplyCompilationOptions(Project project)
    {
        var applied = base.ApplyCompilationOptions(project);
        var options = applied.CompilationOptions!;
        var withoutSora = options.SpecificDiagnosticOptions.Where(o => !o.Key.StartsWith("SORA", StringComparison.Ordinal)).ToImmutableDictionary();
        return applied.Solution.WithProjectCompilationOptions(applied.Id, options.WithSpecificDiagnosticOptions(withoutSora)).GetProject(applied.Id)!;
    }

    protected override ImmutableArray<(Project project, Diagnostic diagnostic)> FilterDiagnostics(ImmutableArray<(Project project, Diagnostic diagnostic)> diagnostics)
    {
        var filtered = base.FilterDiagnostics(diagnostics);
        if (Reported.IsDefault)
        {
            Reported = filtered.Select(d => d.diagnostic)
                .Where(d => d.Id.StartsWith("SORA", StringComparison.Ordinal))
                .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableArray();
        }

        return filtered;
    }

    /// <summary>Sets the <c>SoraProvider</c> MSBuild property as MSBuild hands it over: a global analyzer config.</summary>
    public SoraAnalyzerTest WithProvider(string? provider, string extraGlobalConfig = "")
    {
        if (provider is not null || extraGlobalConfig.Length > 0)
        {
            var property = provider is null ? string.Empty : $"{SoraRequestAnalyzer.ProviderOption} = {provider}\n";
            TestState.AnalyzerConfigFiles.Add(("/src/Consumer/obj/Consumer.GeneratedMSBuildEditorConfig.editorconfig", "is_global = true\n" + property + extraGlobalConfig));
        }

        return this;
    }
}

/// <summary>What one verified analyzer run reported, for the assertions the harness cannot make (fix properties).</summary>
internal sealed record AnalyzerRun(ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The one diagnostic with <paramref name="id"/>.</summary>
    public Diagnostic Single(string id) => Assert.Single(Diagnostics, d => d.Id == id);
}

internal static class AnalyzerHarness
{
    public const string SnippetPath = "/src/Consumer/Snippet.cs";

    /// <summary>Usings every snippet gets (the snippet can add its own after them).</summary>
    public const string Usings = "using System;\nusing Sora.Contracts;\n";

    /// <summary>Wraps class members in a namespace and a static class <c>C</c>, after <see cref="Usings"/>.</summary>
    public static string InClass(string members) =>
        Usings + "namespace Consumer;\n\ninternal static class C\n{\n" + members + "\n}\n";

    /// <summary>
    /// An expected diagnostic of the analyzer's catalogue at its default severity; its message is checked only when the
    /// test gives one (<see cref="DiagnosticResult.WithMessage"/>).
    /// </summary>
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(RequestDiagnostics.All.Single(d => d.Id == id)).WithMessage(null);

    /// <summary>
    /// The one SORA007 a compilation gets when <paramref name="provider"/> names a profile the product spec marks retired
    /// (its message with the spec's date), else nothing: for tests about a retired profile's other rules.
    /// </summary>
    public static DiagnosticResult[] RetiredNotice(string? provider) =>
        global::Sora.Contracts.SoraProvider.TryGet(provider?.Trim(), out var profile) && profile.RetiredOn is { } date
            ? [Diagnostic("SORA007").WithMessage($"The SoraProvider MSBuild property is '{profile.Id}', a profile whose service no longer runs (retired {date}); its rules still judge the requests")]
            : [];

    /// <summary>A test of <paramref name="markup"/> at <see cref="SnippetPath"/> under <paramref name="provider"/>.</summary>
    public static SoraAnalyzerTest Test(string markup, string? provider = null, params DiagnosticResult[] expected)
    {
        var test = new SoraAnalyzerTest().WithProvider(provider);
        test.TestState.Sources.Add((SnippetPath, markup));
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    /// <summary>Runs <paramref name="test"/> and returns what it reported (already checked against its expectation).</summary>
    public static async Task<AnalyzerRun> RunAsync(SoraAnalyzerTest test)
    {
        await test.RunAsync();
        return new AnalyzerRun(test.Reported);
    }

    /// <summary>
    /// Verifies the analyzer reports exactly what the markup marks (<c>{|ID:...|}</c>) plus <paramref name="expected"/>,
    /// and nothing else.
    /// </summary>
    public static Task<AnalyzerRun> VerifyAsync(string markup, string? provider = null, params DiagnosticResult[] expected) =>
        RunAsync(Test(markup, provider, expected));

    /// <summary>
    /// A consumer's own <paramref name="spec"/> beside the snippet: the generator runs in the test (as a source
    /// generator, with the spec's MSBuild metadata in a global analyzer config) and the analyzer judges its output.
    /// The generated text itself is the snapshot tests' business, so it is not compared here.
    /// </summary>
    public static SoraAnalyzerTest TestWithSpec(string markup, SpecFile spec, string? provider = null, params DiagnosticResult[] expected)
    {
        var specMetadata = $"\n[{spec.Path}]\n{GeneratorHarness.SpecMetadata} = true\n"
            + (spec.Namespace is null ? string.Empty : $"{GeneratorHarness.NamespaceMetadata} = {spec.Namespace}\n");
        var test = new SoraAnalyzerTest().WithProvider(provider, $"{GeneratorHarness.RootNamespaceProperty} = Consumer\n" + specMetadata);
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        test.SourceGenerators.Add(typeof(SoraSpecGenerator));
        test.TestState.Sources.Add((SnippetPath, markup));
        test.TestState.AdditionalFiles.Add((spec.Path, spec.Text));
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    /// <summary>The repository root: the first folder above the test binaries that holds Sora.Contracts.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Sora.Contracts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Sora.Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}
