using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Contracts.Generator.Tests;

/// <summary>An additional file held in memory, as MSBuild would hand a <c>&lt;SoraSpec&gt;</c> item to the compiler.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Analyzer-config options: per additional file (by path) and global (<c>build_property.*</c>).</summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

    private readonly ImmutableDictionary<string, DictionaryOptions> _byPath;

    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byPath)
    {
        GlobalOptions = new DictionaryOptions(global.ToImmutableDictionary());
        _byPath = byPath.ToImmutableDictionary(p => p.Key, p => new DictionaryOptions(p.Value.ToImmutableDictionary()));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? options : Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}

/// <summary>One spec file as a test hands it to the generator.</summary>
internal sealed record SpecFile(string Path, string Text, string? Namespace = null, bool IsSpec = true)
{
    public InMemoryAdditionalText ToAdditionalText() => new(Path, Text);
}

/// <summary>What one generator run produced. <see cref="Driver"/> must be used for the next run, or caching is lost.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public GeneratorRunResult Generator => Result.Results.Single();

    /// <summary>Generated files by hint name, with "\n" line endings.</summary>
    public IReadOnlyDictionary<string, string> Sources => Generator.GeneratedSources
        .ToDictionary(s => s.HintName, s => s.SourceText.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), StringComparer.Ordinal);

    public ImmutableArray<Diagnostic> Diagnostics => Generator.Diagnostics;

    public IEnumerable<Diagnostic> DiagnosticsWithId(string id) => Diagnostics.Where(d => d.Id == id);
}

/// <summary>
/// Drives <see cref="SoraSpecGenerator"/> the way the compiler does: a <see cref="CSharpGeneratorDriver"/> over a
/// <see cref="CSharpCompilation"/>, spec files as additional texts, their MSBuild metadata as analyzer-config options,
/// and step tracking on for incrementality assertions.
/// </summary>
internal static class GeneratorHarness
{
    public const string SpecMetadata = "build_metadata.AdditionalFiles.SoraSpec";
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.Namespace";
    public const string RootNamespaceProperty = "build_property.RootNamespace";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>The shared framework (from TRUSTED_PLATFORM_ASSEMBLIES) plus Sora.Contracts.dll; nothing is downloaded.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static TestAnalyzerConfigOptionsProvider Options(IEnumerable<SpecFile> specs, string? rootNamespace)
    {
        var global = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rootNamespace is not null)
        {
            global[RootNamespaceProperty] = rootNamespace;
        }

        var byPath = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            if (spec.IsSpec)
            {
                metadata[SpecMetadata] = "true";
            }

            if (spec.Namespace is not null)
            {
                metadata[NamespaceMetadata] = spec.Namespace;
            }

            byPath[spec.Path] = metadata;
        }

        return new TestAnalyzerConfigOptionsProvider(global, byPath);
    }

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> additionalTexts, AnalyzerConfigOptionsProvider options) =>
        CSharpGeneratorDriver.Create(
            new[] { new SoraSpecGenerator().AsSourceGenerator() },
            additionalTexts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static CSharpCompilation CreateCompilation(params SyntaxTree[] trees) =>
        CSharpCompilation.Create(
            "Sora.Generated.Tests",
            trees,
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                generalDiagnosticOption: ReportDiagnostic.Default));

    public static SyntaxTree ParseCode(string code, string path = "Code.cs") => CSharpSyntaxTree.ParseText(code, ParseOptions, path);

    /// <summary>Runs a new driver over <paramref name="specs"/> with a compilation of <paramref name="code"/>.</summary>
    public static GeneratorRun Run(IEnumerable<SpecFile> specs, string? rootNamespace = "Sora.Tests.Generated", string code = "namespace Sora.Tests.Consumer; internal static class Placeholder { }")
    {
        var list = specs.ToList();
        var texts = list.Select(s => (AdditionalText)s.ToAdditionalText()).ToList();
        var driver = CreateDriver(texts, Options(list, rootNamespace));
        return Run(driver, CreateCompilation(ParseCode(code)));
    }

    public static GeneratorRun Run(SpecFile spec, string? rootNamespace = "Sora.Tests.Generated") => Run(new[] { spec }, rootNamespace);

    /// <summary>Runs <paramref name="driver"/> again (keeping its cache) and returns the updated driver with the result.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        var updated = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(updated, updated.GetRunResult(), output, diagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var tpa = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var runtime = typeof(global::Sora.Contracts.Validation.SoraViolation).Assembly.Location;

        // Only the shared framework: the test host's own dependencies (xunit, Roslyn, NSwag) are no business of the
        // generated code, and Sora.Contracts.dll is added explicitly so the reference is there even if TPA changes.
        var paths = tpa
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDirectory, StringComparison.Ordinal))
            .Append(runtime)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }
}
