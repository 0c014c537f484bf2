using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Sora.Contracts.Benchmarks.Scale;
using Sora.Contracts.Generator.Analysis;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// A consumer compiled by the SDK's own csc in a process of its own, as a build's Csc task runs it without the compiler
/// server: parse, bind, emit the DLL and PDB to disk, and run the analyzers given on its command line concurrently
/// with the compile (csc's analyzer driver consumes the compilation's events while the method bodies are compiled for
/// emit). What it costs is the process's CPU time (<see cref="MeasuredProcess"/>), its start and JIT included, which a
/// build without the server also pays on both sides.
/// </summary>
internal sealed partial class CscCompile
{
    private readonly string _folder;
    private readonly string[] _common;

    /// <summary>Writes the consumer's files and the response-file lines both sides share.</summary>
    public CscCompile(string key, ImmutableArray<(string Name, string Text)> files, ImmutableArray<MetadataReference> references)
    {
        _folder = Path.Combine(Path.GetTempPath(), "sora-analyzer-cost-csc", key);
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        var sources = Directory.CreateDirectory(Path.Combine(_folder, "src")).FullName;
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(sources, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        // The analyzer's diagnostics as warnings: an error would make csc skip writing its output, so the "with" side
        // would not pay the emit the "without" side pays.
        var config = Path.Combine(_folder, "warnings.globalconfig");
        File.WriteAllLines(config, new[] { "is_global = true" }.Concat(RequestDiagnosticIds().Select(id => $"dotnet_diagnostic.{id}.severity = warning")));
        _common = new[] { "-nologo", "-noconfig", "-t:library", "-nullable:enable", "-optimize+", "-debug:portable", "-deterministic", "-analyzerconfig:" + Quote(config) }
            .Concat(references.Select(r => "-r:" + Quote(((PortableExecutableReference)r).FilePath!)))
            .Concat(Directory.GetFiles(sources, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Quote))
            .ToArray();
    }

    /// <summary>The generator assembly as a consumer's build loads it: with its bundled spec reader and YamlDotNet beside it.</summary>
    public static ImmutableArray<string> SoraAnalyzerAssemblies()
    {
        var folder = Path.GetDirectoryName(typeof(SoraRequestAnalyzer).Assembly.Location)!;
        return new[] { "Sora.Contracts.Generator.dll", "Sora.Contracts.SpecReader.dll", "YamlDotNet.dll" }.Select(f => Path.Combine(folder, f)).ToImmutableArray();
    }

    /// <summary>The SDK's .NET analyzer assemblies (the C# ones and the language-neutral ones).</summary>
    public static ImmutableArray<string> NetAnalyzerAssemblies(string folder) =>
        ImmutableArray.Create(Path.Combine(folder, "Microsoft.CodeAnalysis.NetAnalyzers.dll"), Path.Combine(folder, "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll"));

    /// <summary>One compile with these analyzer assemblies; <paramref name="report"/> adds <c>-reportanalyzer</c>.</summary>
    public Measurement Run(string variant, IEnumerable<string> analyzers, bool report = false)
    {
        var output = Directory.CreateDirectory(Path.Combine(_folder, "out", variant.Replace(' ', '-'))).FullName;
        var responseFile = Path.Combine(output, "csc.rsp");
        File.WriteAllLines(
            responseFile,
            _common
                .Append("-out:" + Quote(Path.Combine(output, "Consumer.dll")))
                .Concat(analyzers.Select(a => "-analyzer:" + Quote(a)))
                .Concat(report ? ["-reportanalyzer"] : []));
        return MeasuredProcess.Run(["dotnet", SdkCsc.CompilerPath(), "@" + responseFile]);
    }

    /// <summary>The SORA diagnostics of a compile's output, counted by id.</summary>
    public static IReadOnlyDictionary<string, int> SoraCounts(string output) =>
        DiagnosticLine().Matches(output).GroupBy(m => m.Groups["id"].Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Roslyn's time in SoraRequestAnalyzer from a <c>-reportanalyzer</c> table, as csc prints it (<c>&lt;0.001</c> below its resolution).</summary>
    public static string SoraAnalyzerSeconds(string output) =>
        ReportRow().Match(output) is { Success: true } row ? row.Groups["s"].Value + " s" : "(no row)";

    private static IEnumerable<string> RequestDiagnosticIds() =>
        new SoraRequestAnalyzer().SupportedDiagnostics.Select(d => d.Id).Distinct(StringComparer.Ordinal);

    private static string Quote(string path) => "\"" + path + "\"";

    [GeneratedRegex(@": (?:warning|error) (?<id>SORA[0-9]+):")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"^\s*(?<s><?[0-9]+\.[0-9]+)\s+<?[0-9]+\s+Sora\.Contracts\.Generator\.Analysis\.SoraRequestAnalyzer\b.*$", RegexOptions.Multiline)]
    private static partial Regex ReportRow();
}
