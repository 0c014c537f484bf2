using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Sora.Contracts.Generator.Analysis;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// What <see cref="SoraRequestAnalyzer"/> adds to compiling a consumer with 2,000 request construction sites
/// (<see cref="SyntheticConsumer"/>). Every invocation compiles a new <see cref="CSharpCompilation"/> of the same
/// pre-parsed syntax trees and references, so no binding is cached between invocations; only loaded assemblies, jitted
/// code, syntax trees and reference metadata survive, as in a compiler server.
/// <para>
/// The baseline is <see cref="Compilation.GetDiagnostics"/>: declaration and method-body binding, flow analysis and
/// every compiler diagnostic, without lowering or IL. The analyzer rows call
/// <see cref="CompilationWithAnalyzers.GetAllDiagnosticsAsync()"/>, which does exactly that compiler work plus the
/// analyzers, and no emit either, so the two differ only by the analyzer. An emit row shows the denominator of a real
/// build (binding + lowering + IL + PDB); the analyzer's extra time can be set against it too.
/// </para>
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 4, iterationCount: 15)]
public class AnalyzerBenchmarks
{
    // No Warm.Up here: one invocation calls Roslyn's hot methods thousands of times, so BenchmarkDotNet's jitting
    // invocation and four warmup iterations (~6 s) get them through tiered JIT (unlike the ~1 ms generator runs).
    [GlobalSetup]
    public void Setup() => AnalyzerHarness.Check();

    [Benchmark(Baseline = true, Description = "compile, no analyzer")]
    public ImmutableArray<Diagnostic> Compile() => AnalyzerHarness.NewCompilation().GetDiagnostics();

    [Benchmark(Description = "compile + SoraRequestAnalyzer")]
    public ImmutableArray<Diagnostic> CompileWithSora() =>
        AnalyzerHarness.CompileWith(new SoraRequestAnalyzer(), AnalyzerHarness.NoProvider);

    [Benchmark(Description = "compile + SoraRequestAnalyzer, SoraProvider=ezmodel")]
    public ImmutableArray<Diagnostic> CompileWithSoraEzmodel() =>
        AnalyzerHarness.CompileWith(new SoraRequestAnalyzer(), AnalyzerHarness.Ezmodel);

    [Benchmark(Description = "compile + empty operation analyzer")]
    public ImmutableArray<Diagnostic> CompileWithEmptyAnalyzer() =>
        AnalyzerHarness.CompileWith(new EmptyOperationAnalyzer(), AnalyzerHarness.NoProvider);

    // As in an SDK build, where other operation analyzers (the .NET analyzers) already make the driver build IOperation
    // trees: the difference to the row above is what SoraRequestAnalyzer itself adds.
    [Benchmark(Description = "compile + empty operation analyzer + SoraRequestAnalyzer")]
    public ImmutableArray<Diagnostic> CompileWithEmptyAnalyzerAndSora() =>
        AnalyzerHarness.CompileWith([new EmptyOperationAnalyzer(), new SoraRequestAnalyzer()], AnalyzerHarness.NoProvider);

    [Benchmark(Description = "compile + emit, no analyzer")]
    public EmitResult CompileAndEmit() => AnalyzerHarness.Emit();
}

/// <summary>Compiles <see cref="SyntheticConsumer"/> with and without analyzers.</summary>
internal static class AnalyzerHarness
{
    public static readonly ConsumerSource Consumer = SyntheticConsumer.Create();

    public static readonly ImmutableArray<SyntaxTree> Trees = Consumer.Files
        .Select(f => CSharpSyntaxTree.ParseText(f.Text, GeneratorHarness.ParseOptions, "/bench/consumer/" + f.Name, Encoding.UTF8))
        .ToImmutableArray();

    /// <summary>The shared framework (as in <see cref="GeneratorHarness"/>) plus Sora.Contracts.dll, the library the consumer uses.</summary>
    public static readonly ImmutableArray<MetadataReference> References =
        GeneratorHarness.References.Add(MetadataReference.CreateFromFile(typeof(CreateVideoRequest).Assembly.Location));

    public static readonly AnalyzerOptions NoProvider = Options(provider: null);

    public static readonly AnalyzerOptions Ezmodel = Options(provider: "ezmodel");

    /// <summary>As a Release build of a library compiles it (the build is concurrent, as csc's is by default).</summary>
    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        optimizationLevel: OptimizationLevel.Release,
        concurrentBuild: true);

    public static CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create("Synthetic.Consumer", Trees, References, CompilationOptions);

    /// <summary>Compiler diagnostics and the analyzer's, on a new compilation, as csc gets them (concurrent analysis).</summary>
    public static ImmutableArray<Diagnostic> CompileWith(DiagnosticAnalyzer analyzer, AnalyzerOptions options) =>
        CompileWith([analyzer], options);

    public static ImmutableArray<Diagnostic> CompileWith(ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options) =>
        WithAnalyzers(NewCompilation(), analyzers, options, logTime: false).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, bool logTime) =>
        compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: logTime));

    public static EmitResult Emit()
    {
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        return NewCompilation().Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
    }

    /// <summary>
    /// The comparison means something only if the consumer compiles cleanly and the analyzer reports exactly what the
    /// consumer's invalid sites should produce, with no provider and with ezmodel, and never crashes (AD0001).
    /// </summary>
    public static void Check()
    {
        var compiler = NewCompilation().GetDiagnostics();
        Require(compiler.IsEmpty, "the synthetic consumer does not compile cleanly: " + string.Join("; ", compiler.Take(5)));
        Require(Emit().Success, "the synthetic consumer does not emit");

        CheckDiagnostics(CompileWith(new SoraRequestAnalyzer(), NoProvider), Consumer.ExpectedWithoutProvider, "no provider");
        CheckDiagnostics(CompileWith(new SoraRequestAnalyzer(), Ezmodel), Consumer.ExpectedWithEzmodel, "SoraProvider=ezmodel");
        CheckDiagnostics(CompileWith(new EmptyOperationAnalyzer(), NoProvider), new Dictionary<string, int>(), "empty analyzer");
        CheckDiagnostics(CompileWith([new EmptyOperationAnalyzer(), new SoraRequestAnalyzer()], NoProvider), Consumer.ExpectedWithoutProvider, "empty analyzer + Sora");
    }

    public static IReadOnlyDictionary<string, int> CountById(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    public static string Describe(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(p => $"{p.Key} x{p.Value}"));

    private static void CheckDiagnostics(ImmutableArray<Diagnostic> diagnostics, IReadOnlyDictionary<string, int> expected, string what)
    {
        var actual = CountById(diagnostics);
        Require(
            actual.Count == expected.Count && actual.All(p => expected.TryGetValue(p.Key, out var count) && count == p.Value),
            $"{what}: expected {Describe(expected)} but got {Describe(actual)}; first: {string.Join("; ", diagnostics.Take(3))}");
    }

    /// <summary>Gets Roslyn's binder, the analyzer driver and the analyzer through tiered JIT before the --analyzer-info timings.</summary>
    public static void WarmUp()
    {
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 2; i++)
            {
                _ = NewCompilation().GetDiagnostics();
                _ = CompileWith(new SoraRequestAnalyzer(), NoProvider);
                _ = CompileWith(new SoraRequestAnalyzer(), Ezmodel);
                _ = CompileWith(new EmptyOperationAnalyzer(), NoProvider);
                _ = CompileWith([new EmptyOperationAnalyzer(), new SoraRequestAnalyzer()], NoProvider);
                _ = Emit();
            }

            Thread.Sleep(300);
        }
    }

    private static AnalyzerOptions Options(string? provider)
    {
        var global = ImmutableDictionary<string, string>.Empty
            .Add("build_property.RootNamespace", SyntheticConsumer.Namespace)
            .Add("build_property.TargetFramework", "net10.0");
        if (provider is not null)
        {
            global = global.Add(SoraRequestAnalyzer.ProviderOption, provider);
        }

        return new AnalyzerOptions(
            ImmutableArray<AdditionalText>.Empty,
            new GeneratorHarness.OptionsProvider(
                new GeneratorHarness.DictionaryOptions(global),
                new GeneratorHarness.DictionaryOptions(ImmutableDictionary<string, string>.Empty)));
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}

// The two analyzers below are measuring instruments loaded by this process, never shipped or loaded by a compiler:
// release tracking (RS2008) and the extended analyzer rules (RS1036, which would ban the file and process APIs the
// rest of this project uses) do not apply.
#pragma warning disable RS1036, RS2008

/// <summary>
/// An analyzer that registers what <see cref="SoraRequestAnalyzer"/> registers (operation actions on object creations
/// and <c>with</c>) and does nothing in them: what any operation analyzer costs before its own work (the driver builds
/// IOperation trees for every method body through semantic models and calls back for each matching operation).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
{
    // Never reported. A descriptor is needed because the driver skips an analyzer whose diagnostics are all disabled.
    private static readonly DiagnosticDescriptor Never = new(
        "BENCH001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
            start.RegisterOperationAction(static _ => { }, OperationKind.ObjectCreation, OperationKind.With));
    }
}

/// <summary>Counts the callbacks an analyzer registered like <see cref="SoraRequestAnalyzer"/> gets, by created type.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class OperationCounter : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "BENCH002", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public ConcurrentDictionary<string, int> ByKindAndType { get; } = new(StringComparer.Ordinal);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(
            operation => ByKindAndType.AddOrUpdate(
                operation.Operation.Kind + " " + (operation.Operation.Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) ?? "?"),
                1,
                static (_, count) => count + 1),
            OperationKind.ObjectCreation,
            OperationKind.With);
    }
}

#pragma warning restore RS1036, RS2008
