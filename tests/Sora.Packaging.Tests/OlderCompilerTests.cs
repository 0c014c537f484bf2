using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Sora.Packaging.Tests.Infrastructure;

namespace Sora.Packaging.Tests;

/// <summary>
/// The packed analyzers/dotnet/cs folder as the oldest supported compiler (Roslyn 4.8, the .NET 8 SDK) sees it: every DLL
/// loads (the code fixes too, now built against Roslyn 4.8, contributing no analyzer on the command line), and the
/// generator and analyzer run. No Roslyn 4.8 csc can be installed here, so this project hosts Roslyn 4.8 itself.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class OlderCompilerTests(PackedPackages packed) : IDisposable
{
    private const string AnalyzersFolder = "analyzers/dotnet/cs/";
    private readonly string _work = Directory.CreateTempSubdirectory("sora-roslyn48-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void ThisProject_HostsRoslyn48()
    {
        Assert.Equal(new Version(4, 8, 0, 0), typeof(Compilation).Assembly.GetName().Version);
    }

    [Fact]
    public void EveryAnalyzerDll_LoadsWithoutFailure_OnlyTheGeneratorAssemblyContributes()
    {
        var (references, failures) = LoadAnalyzersFolder();

        var contributions = references.ToDictionary(
            r => Path.GetFileName(r.FullPath),
            r => r.GetAnalyzersForAllLanguages().Select(a => a.GetType().Name).Concat(r.GetGeneratorsForAllLanguages().Select(g => g.GetGeneratorType().Name)).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["Sora.Contracts.CodeFixes.dll", "Sora.Contracts.Generator.dll", "Sora.Contracts.SpecReader.dll", "YamlDotNet.dll"], contributions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["SoraRequestAnalyzer", "SoraSpecGenerator"], contributions["Sora.Contracts.Generator.dll"]);
        Assert.Empty(contributions["Sora.Contracts.CodeFixes.dll"]);
        Assert.Empty(contributions["Sora.Contracts.SpecReader.dll"]);
        Assert.Empty(contributions["YamlDotNet.dll"]);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task GeneratorAndAnalyzer_RunOnACompilation()
    {
        var (references, failures) = LoadAnalyzersFolder();
        var spec = new SpecOptions.File(Path.Combine(AppContext.BaseDirectory, "Consumers", "OwnSpec", "acme.openapi.yaml"), File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumers", "OwnSpec", "acme.openapi.yaml")));
        var options = new SpecOptions(spec, "My.Video");
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [
                CSharpSyntaxTree.ParseText("""
                    using Sora.Contracts;
                    public static class Requests
                    {
                        public static CreateVideoRequest Sora() => new("x") { Model = "sora-2", Size = "1792x1024" };
                        public static My.Video.CreateClipRequest Acme() => new("x") { Model = "acme-v1", Size = "1920x1080" };
                    }
                    """, parse),
            ],
            // lib/net8.0: what a project on the .NET 8 SDK compiles against.
            PlatformReferences().Append(MetadataReference.CreateFromImage(new NuPackage(packed.Feed.PackageFile("Sora.Contracts")).Read("lib/net8.0/Sora.Contracts.dll"))),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            references.SelectMany(r => r.GetGenerators(LanguageNames.CSharp)), [spec], parse, options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var analyzers = references.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        var diagnostics = await generated.WithAnalyzers(analyzers, new AnalyzerOptions([spec], options)).GetAllDiagnosticsAsync();

        Assert.Empty(failures);
        Assert.Empty(generatorDiagnostics);
        Assert.Contains(driver.GetRunResult().GeneratedTrees, tree => tree.FilePath.EndsWith("acme.openapi.CreateClipRequest.g.cs", StringComparison.Ordinal));
        Assert.Equal(
            ["SORA001 size 1792x1024 is not allowed when model is sora-2", "SORA001 size 1920x1080 is not allowed when model is acme-v1"],
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Id} {d.GetMessage().Split(':')[0]}").Order(StringComparer.Ordinal));
    }

    private (IReadOnlyList<AnalyzerFileReference> References, List<string> Failures) LoadAnalyzersFolder()
    {
        var folder = new NuPackage(packed.Feed.PackageFile("Sora.Contracts")).ExtractFolder(AnalyzersFolder, Path.Combine(_work, "analyzers"));
        var loader = new AnalyzerFolderLoader(folder);
        var failures = new List<string>();
        var references = Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal).Select(path =>
        {
            var reference = new AnalyzerFileReference(path, loader);
            reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{Path.GetFileName(path)}: {e.ErrorCode} {e.Message}");
            return reference;
        }).ToList();
        return (references, failures);
    }

    private static IEnumerable<MetadataReference> PlatformReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path));
}
