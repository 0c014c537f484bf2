using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Sora.Contracts.Generator;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// Runs one incremental generator cold: a fresh generator instance and a fresh <see cref="CSharpGeneratorDriver"/> over a
/// fresh compilation of a small source file with the shared framework's references, so nothing is cached between runs
/// except what a long-lived compiler server also keeps (loaded assemblies and reference metadata).
/// </summary>
internal static class GeneratorHarness
{
    public const string SpecPath = "/bench/spec/sora.openapi.yaml";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>The shared framework's assemblies (what a net10.0 project compiles against), loaded once.</summary>
    public static readonly ImmutableArray<MetadataReference> References = LoadFrameworkReferences();

    /// <summary>The hand-written System.Text.Json equivalent of the spec's types, parsed once.</summary>
    public static readonly SyntaxTree DtoTree = CSharpSyntaxTree.ParseText(StjEquivalentSource.Text, ParseOptions, "/bench/Dtos.cs", Encoding.UTF8);

    private static readonly Type StjGeneratorType = LoadStjGenerator();

    private static readonly AnalyzerConfigOptionsProvider Options = new OptionsProvider(
        new DictionaryOptions(ImmutableDictionary<string, string>.Empty
            .Add("build_property.RootNamespace", "Sora.Contracts")
            .Add("build_property.TargetFramework", "net10.0")),
        new DictionaryOptions(ImmutableDictionary<string, string>.Empty
            .Add("build_metadata.AdditionalFiles.SoraSpec", "true")));

    /// <summary>A new compilation of <see cref="DtoTree"/>: both generators see the same project.</summary>
    public static CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create("Bench.Project", [DtoTree], References, CompilationOptions);

    /// <summary>Our generator, cold, on <paramref name="specText"/>.</summary>
    public static GeneratorDriverRunResult RunSora(string specText) =>
        RunSora(specText, NewCompilation());

    public static GeneratorDriverRunResult RunSora(string specText, Compilation compilation)
    {
        var generator = new SoraSpecGenerator();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            [new InMemoryAdditionalText(SpecPath, specText)],
            ParseOptions,
            Options);
        return driver.RunGenerators(compilation).GetRunResult();
    }

    /// <summary>The System.Text.Json source generator, cold, on the DTOs of <paramref name="compilation"/>.</summary>
    public static GeneratorDriverRunResult RunStj(Compilation compilation)
    {
        var generator = (IIncrementalGenerator)Activator.CreateInstance(StjGeneratorType)!;
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            [],
            ParseOptions,
            Options);
        return driver.RunGenerators(compilation).GetRunResult();
    }

    /// <summary>Runs a generator and returns the compilation with its output, for the sanity checks.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics) RunStjAndUpdate(Compilation compilation)
    {
        var generator = (IIncrementalGenerator)Activator.CreateInstance(StjGeneratorType)!;
        GeneratorDriver driver = CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], [], ParseOptions, Options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics);
    }

    public static string StjGeneratorDescription =>
        StjGeneratorType.Assembly.GetName().Name + " " + StjGeneratorType.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    private static Type LoadStjGenerator()
    {
        // Loaded from bytes into the default context: its Microsoft.CodeAnalysis 4.4 references bind to the 4.8.0 we host.
        var assembly = Assembly.Load(Embedded.StjSourceGenerator());
        return assembly.GetType("System.Text.Json.SourceGeneration.JsonSourceGenerator", throwOnError: true)!;
    }

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        var runtimeDirectory = Path.GetFullPath(RuntimeEnvironment.GetRuntimeDirectory());
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        return trusted
            .Where(path => path.Length > 0 && string.Equals(Path.GetDirectoryName(Path.GetFullPath(path)) + Path.DirectorySeparatorChar, runtimeDirectory, StringComparison.Ordinal))
            .Where(path => IsManagedAssembly(path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            _ = AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    internal sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    internal sealed class OptionsProvider(AnalyzerConfigOptions global, AnalyzerConfigOptions file) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => file;
    }
}
