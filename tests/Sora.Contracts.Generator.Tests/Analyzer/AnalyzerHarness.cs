using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Sora.Contracts.Generator.Analysis;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>What one analyzer run saw and reported.</summary>
internal sealed record AnalyzerRun(Markup Markup, Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, string Path)
{
    /// <summary>The SORA diagnostics with <paramref name="id"/>.</summary>
    public IReadOnlyList<Diagnostic> WithId(string id) => Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>The one diagnostic with <paramref name="id"/>; fails listing everything otherwise.</summary>
    public Diagnostic Single(string id)
    {
        var matches = WithId(id);
        Assert.True(matches.Count == 1, $"expected exactly one {id}, found {matches.Count}:\n{AnalyzerHarness.Describe(Diagnostics, Markup)}");
        return matches[0];
    }

    /// <summary>Asserts <paramref name="location"/> is in the snippet, exactly on the span named <c>{|#name:...|}</c>.</summary>
    public void AssertAt(Location location, string name)
    {
        var expected = Markup.Named(name);
        Assert.True(location.IsInSource, $"expected a source location at #{name}, got {location}");
        Assert.Equal(Path, location.SourceTree!.FilePath);
        Assert.True(
            location.SourceSpan == expected,
            $"expected the span of #{name} '{Markup.TextAt(expected)}' {expected}, got '{Markup.TextAt(location.SourceSpan)}' {location.SourceSpan}");
    }
}

/// <summary>
/// Runs <see cref="SoraRequestAnalyzer"/> the way the compiler does: a <see cref="CSharpCompilation"/> of a marked-up
/// snippet against the shared framework and Sora.Contracts.dll, <see cref="CompilationWithAnalyzers"/> with the
/// <c>SoraProvider</c> MSBuild property as a global analyzer-config option, and every diagnostic, compilation-end ones
/// included. The snippet itself must compile without errors, so a test can only fail on what the analyzer says.
/// </summary>
internal static class AnalyzerHarness
{
    public const string SnippetPath = "/src/Consumer/Snippet.cs";

    /// <summary>Usings every snippet gets (the snippet can add its own after them).</summary>
    public const string Usings = "using System;\nusing Sora.Contracts;\n";

    /// <summary>Wraps class members in a namespace and a static class <c>C</c>, after <see cref="Usings"/>.</summary>
    public static string InClass(string members) =>
        Usings + "namespace Consumer;\n\ninternal static class C\n{\n" + members + "\n}\n";

    /// <summary>A compilation of <paramref name="code"/> against the framework and Sora.Contracts.dll (or the framework only).</summary>
    public static CSharpCompilation Compile(string code, string path = SnippetPath, bool referenceContracts = true, IEnumerable<SyntaxTree>? moreTrees = null)
    {
        var references = referenceContracts
            ? GeneratorHarness.References
            : GeneratorHarness.References.Where(r => !string.Equals(System.IO.Path.GetFileName(r.Display), "Sora.Contracts.dll", StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(code, GeneratorHarness.ParseOptions, path) };
        trees.AddRange(moreTrees ?? Enumerable.Empty<SyntaxTree>());
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The analyzer-config options MSBuild would pass: <c>build_property.SoraProvider</c> when a provider is set.</summary>
    public static AnalyzerConfigOptionsProvider Options(string? provider)
    {
        var global = new Dictionary<string, string>(StringComparer.Ordinal);
        if (provider is not null)
        {
            global[SoraRequestAnalyzer.ProviderOption] = provider;
        }

        return new TestAnalyzerConfigOptionsProvider(global, new Dictionary<string, IReadOnlyDictionary<string, string>>());
    }

    /// <summary>
    /// Runs the analyzer over <paramref name="compilation"/>; asserts the compilation has no compiler error and the
    /// analyzer threw nothing (AD0001); returns the SORA diagnostics ordered by position.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, string? provider, ImmutableArray<AdditionalText> additionalFiles = default)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the snippet must compile:\n" + string.Join("\n", errors));

        var analyzerOptions = new AnalyzerOptions(additionalFiles.IsDefault ? ImmutableArray<AdditionalText>.Empty : additionalFiles, Options(provider));
        var exceptions = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new SoraRequestAnalyzer()),
            new CompilationWithAnalyzersOptions(
                analyzerOptions,
                onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
        var all = await withAnalyzers.GetAllDiagnosticsAsync();

        Assert.True(exceptions.Count == 0, "the analyzer threw:\n" + string.Join("\n", exceptions));
        Assert.DoesNotContain(all, d => d.Id == "AD0001");
        return all
            .Where(d => d.Id.StartsWith("SORA0", StringComparison.Ordinal))
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>
    /// Runs the generator on a consumer's own <paramref name="spec"/> beside a marked-up snippet (asserting the spec
    /// generates with no diagnostic), then the analyzer on the output compilation, as a consumer's build does.
    /// </summary>
    public static async Task<AnalyzerRun> RunWithSpecAsync(string markup, SpecFile spec, string? provider = null)
    {
        var parsed = Markup.Parse(markup);
        var driver = GeneratorHarness.CreateDriver(new[] { (AdditionalText)spec.ToAdditionalText() }, GeneratorHarness.Options(new[] { spec }, "Consumer"));
        var generated = GeneratorHarness.Run(driver, Compile(parsed.Code));
        Assert.Empty(generated.Diagnostics);

        var diagnostics = await AnalyzeAsync(generated.OutputCompilation, provider, ImmutableArray.Create<AdditionalText>(spec.ToAdditionalText()));
        return new AnalyzerRun(parsed, generated.OutputCompilation, diagnostics, SnippetPath);
    }

    /// <summary>Compiles a marked-up snippet (see <see cref="Markup"/>) and runs the analyzer on it.</summary>
    public static async Task<AnalyzerRun> RunAsync(string markup, string? provider = null)
    {
        var parsed = Markup.Parse(markup);
        var compilation = Compile(parsed.Code);
        return new AnalyzerRun(parsed, compilation, await AnalyzeAsync(compilation, provider), SnippetPath);
    }

    /// <summary>
    /// Asserts the analyzer reports exactly the diagnostics the markup expects: each <c>{|ID:...|}</c> (and
    /// <c>[|...|]</c> with <paramref name="defaultId"/>) once, with that id on that span, and nothing else.
    /// </summary>
    public static async Task<AnalyzerRun> VerifyAsync(string markup, string? provider = null, string? defaultId = null)
    {
        var run = await RunAsync(markup, provider);
        AssertExactly(run, defaultId);
        return run;
    }

    public static void AssertExactly(AnalyzerRun run, string? defaultId = null)
    {
        var expected = run.Markup.Expected(defaultId)
            .Select(e => (e.Id, Path: (string?)run.Path, e.Span))
            .OrderBy(e => e.Span.Start).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var actual = run.Diagnostics
            .Select(d => (d.Id, Path: d.Location.SourceTree?.FilePath, Span: d.Location.SourceSpan))
            .OrderBy(e => e.Span.Start).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            "expected:\n" + (expected.Count == 0 ? "  (none)" : string.Join("\n", expected.Select(e => $"  {e.Id} {e.Span} '{run.Markup.TextAt(e.Span)}'")))
            + "\nactual:\n" + Describe(run.Diagnostics, run.Markup));
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics, Markup? markup = null)
    {
        var lines = diagnostics.Select(d =>
        {
            var where = d.Location.IsInSource
                ? $"{d.Location.SourceSpan} '{(markup is not null && d.Location.SourceTree?.FilePath == SnippetPath && d.Location.SourceSpan.End <= markup.Code.Length ? markup.TextAt(d.Location.SourceSpan) : d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan))}'"
                : "(no location)";
            var properties = d.Properties.IsEmpty ? string.Empty : " {" + string.Join(", ", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")) + "}";
            return $"  {d.Id} {d.Severity} {where}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}{properties}";
        }).ToList();
        return lines.Count == 0 ? "  (none)" : string.Join("\n", lines);
    }

    /// <summary>The source text of a location (for assertions on where a diagnostic points).</summary>
    public static string TextOf(Location location) => location.SourceTree!.GetText().ToString(location.SourceSpan);

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

    /// <summary>A span by start and text, for assertions that name what they expect.</summary>
    public static TextSpan SpanOf(string code, string text)
    {
        var index = code.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0 && code.IndexOf(text, index + 1, StringComparison.Ordinal) < 0, $"'{text}' must occur once in the snippet");
        return new TextSpan(index, text.Length);
    }
}
