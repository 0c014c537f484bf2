using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Sora.Contracts.Generator;

namespace Sora.Contracts.Benchmarks.Scale;

/// <summary>
/// `--compile-child spec [folder]`: what csc does for a consumer that lists the spec as its <c>&lt;SoraSpec&gt;</c>, in
/// this process so that its peak memory is the compiler's: our generator through a <see cref="CSharpGeneratorDriver"/>,
/// then binding and emit of the generated code (the shared framework and Sora.Contracts.dll as references, release
/// mode, nullable on). `--generate-child spec folder` stops after the generator and writes its files, the counterpart of
/// a Kiota run. Prints one line the parent reads (<see cref="CompileResult"/>); the parent measures wall time, CPU time
/// and max RSS of this whole process.
/// </summary>
internal static class ConsumerCompile
{
    public static int Run(TextWriter output, string specPath, string? dumpFolder, bool emit)
    {
        var total = Stopwatch.StartNew();
        var text = File.ReadAllText(specPath);
        var references = GeneratorHarness.References.Add(MetadataReference.CreateFromFile(typeof(Sora.Contracts.Validation.SoraViolation).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "Scale.Consumer",
            [CSharpSyntaxTree.ParseText("namespace Scale.Consumer; internal static class Placeholder { }", GeneratorHarness.ParseOptions)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SoraSpecGenerator().AsSourceGenerator()],
            [new SpecText(Path.GetFullPath(specPath), SourceText.From(text, Encoding.UTF8))],
            GeneratorHarness.ParseOptions,
            new GeneratorHarness.OptionsProvider(
                new GeneratorHarness.DictionaryOptions(ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", "Scale.Consumer")),
                new GeneratorHarness.DictionaryOptions(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.SoraSpec", "true"))));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var driverDiagnostics);
        var generatorMs = total.Elapsed.TotalMilliseconds;
        var run = driver.GetRunResult().Results.Single();
        if (dumpFolder is not null)
        {
            Directory.CreateDirectory(dumpFolder);
            foreach (var source in run.GeneratedSources)
            {
                File.WriteAllText(Path.Combine(dumpFolder, source.HintName), source.SourceText.ToString());
            }
        }

        var emitStart = total.Elapsed.TotalMilliseconds;
        var emitted = emit ? generated.Emit(Stream.Null).Diagnostics : ImmutableArray<Diagnostic>.Empty;
        var emitMs = total.Elapsed.TotalMilliseconds - emitStart;

        // The driver's diagnostics include what the generator reports (SORA1xx, counted apart); the rest are the
        // compiler's own about generators (CS8784, CS8785).
        var compilerDriverDiagnostics = driverDiagnostics.Where(d => !d.Id.StartsWith("SORA", StringComparison.Ordinal)).ToList();
        var errors = emitted.Count(d => d.Severity == DiagnosticSeverity.Error) + compilerDriverDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var soraDiagnostics = run.Diagnostics.Count(d => d.Id.StartsWith("SORA1", StringComparison.Ordinal));
        var crashed = run.Exception is not null || run.Diagnostics.Any(d => d.Id == "SORA199") || compilerDriverDiagnostics.Any(d => d.Id == "CS8785");
        foreach (var error in emitted.Where(d => d.Severity == DiagnosticSeverity.Error).Concat(compilerDriverDiagnostics).Take(5))
        {
            output.WriteLine("# " + error);
        }

        // Grouped by id and message with digits left out: a spec's numbered copies of one construct count as one kind.
        var kinds = run.Diagnostics
            .Where(d => d.Id.StartsWith("SORA1", StringComparison.Ordinal))
            .GroupBy(d => d.Id + ": " + new string(d.GetMessage(CultureInfo.InvariantCulture).Where(c => !char.IsAsciiDigit(c)).ToArray()))
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            output.WriteLine(FormattableString.Invariant($"# x{kind.Count()} {kind.First().Id}: {kind.First().GetMessage(CultureInfo.InvariantCulture)}"));
        }

        if (run.Exception is not null)
        {
            output.WriteLine("# " + run.Exception);
        }

        var result = new CompileResult(generatorMs, emitMs, run.GeneratedSources.Length, run.GeneratedSources.Sum(s => s.SourceText.Length), soraDiagnostics, errors, crashed);
        output.WriteLine(result.Format());
        return 0;
    }

    private sealed class SpecText(string path, SourceText text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}

/// <summary>What one consumer compile reports to its parent, as one line of text.</summary>
internal sealed record CompileResult(double GeneratorMs, double EmitMs, int Files, long Chars, int SoraDiagnostics, int Errors, bool Crashed)
{
    private const string Prefix = "compile-result ";

    public string Format() => Prefix + string.Join(' ', new object[] { GeneratorMs, EmitMs, Files, Chars, SoraDiagnostics, Errors, Crashed }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    public static CompileResult? Parse(string stdout)
    {
        var line = stdout.Split('\n').LastOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var f = line[Prefix.Length..].Trim().Split(' ');
        return new CompileResult(
            double.Parse(f[0], CultureInfo.InvariantCulture),
            double.Parse(f[1], CultureInfo.InvariantCulture),
            int.Parse(f[2], CultureInfo.InvariantCulture),
            long.Parse(f[3], CultureInfo.InvariantCulture),
            int.Parse(f[4], CultureInfo.InvariantCulture),
            int.Parse(f[5], CultureInfo.InvariantCulture),
            bool.Parse(f[6]));
    }
}
