using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Sora.Contracts.Generator.Analysis;

namespace Sora.Contracts.Benchmarks;

/// <summary>
/// Where <see cref="SoraRequestAnalyzer"/>'s own time goes, measured without touching it: the analyzer runs behind
/// proxy analysis contexts that time its compilation-start action and each of its operation callbacks, grouped by what
/// the callback was for (a request site of each form, or an object creation / <c>with</c> of another type).
/// </summary>
internal static class AnalyzerProfile
{
    public static void Print(TextWriter output, int runs = 7)
    {
        output.WriteLine($"Profile of SoraRequestAnalyzer's callbacks (binding and analysis on one thread; medians of {runs} runs; "
            + "\"cold references\" = new MetadataReference objects, so symbols and attributes of the 174 references are decoded afresh, as in a new csc process):");
        Run(output, "no provider", AnalyzerHarness.NoProvider, AnalyzerHarness.References, runs);
        Run(output, "SoraProvider=ezmodel", AnalyzerHarness.Ezmodel, AnalyzerHarness.References, runs);
        Run(output, "no provider, cold references", AnalyzerHarness.NoProvider, ColdReferences(), 1);
        ColdStart(output);
    }

    private static ImmutableArray<MetadataReference> ColdReferences() =>
        AnalyzerHarness.References.Select(r => (MetadataReference)MetadataReference.CreateFromFile(((PortableExecutableReference)r).FilePath!)).ToImmutableArray();

    private static void Run(TextWriter output, string name, AnalyzerOptions options, ImmutableArray<MetadataReference> references, int runs)
    {
        var profiles = new List<Stats>();
        for (var i = 0; i < runs; i++)
        {
            var stats = new Stats();
            var compilation = CSharpCompilation.Create(
                "Synthetic.Consumer",
                AnalyzerHarness.Trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
            var analyzer = new ProfilingAnalyzer(new SoraRequestAnalyzer(), stats);
            _ = compilation.WithAnalyzers(
                    [analyzer],
                    new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
                .GetAllDiagnosticsAsync().GetAwaiter().GetResult();
            profiles.Add(stats);
        }

        var keys = profiles.SelectMany(p => p.Keys).Distinct().OrderBy(k => k, StringComparer.Ordinal).ToList();
        output.WriteLine($"  {name}: {Median(profiles.Select(p => p.TotalMilliseconds)):F1} ms in the analyzer (median; min {profiles.Min(p => p.TotalMilliseconds):F1} ms)");
        output.WriteLine($"    {"median ms",9} {"min ms",7} {"calls",6} {"µs/call",8} {"B/call",7} {"GCs",4}  callback (µs and bytes per call from the fastest run)");
        foreach (var key in keys)
        {
            var count = profiles[0].Count(key);
            var fastest = profiles.MinBy(p => p.Milliseconds(key))!;
            output.WriteLine($"    {Median(profiles.Select(p => p.Milliseconds(key))),9:F2} {fastest.Milliseconds(key),7:F2} {count,6} "
                + $"{1000 * fastest.Milliseconds(key) / Math.Max(1, count),8:F1} {fastest.Bytes(key) / Math.Max(1, count),7} {profiles.Max(p => p.Collections(key)),4}  {key}");
        }
    }

    /// <summary>
    /// The analyzer's compilation start on a compilation whose references are new (as in a new csc process), in its
    /// steps: the marker lookup every compilation pays, the other six attribute types, and reading the assembly-level
    /// attributes of the compilation and of every referenced assembly (KnownSymbols.ProviderIds).
    /// </summary>
    private static void ColdStart(TextWriter output)
    {
        var compilation = CSharpCompilation.Create("Synthetic.Consumer", AnalyzerHarness.Trees, ColdReferences(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var assemblies = compilation.SourceModule.ReferencedAssemblySymbols; // binds the references, as the compiler does first
        var clock = Stopwatch.StartNew();
        _ = compilation.GetTypeByMetadataName("Sora.Contracts.Metadata.SoraRequestAttribute");
        var marker = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        foreach (var name in new[] { "Property", "Rule", "ProviderValues", "Enum", "KnownValue", "ProviderProfile" })
        {
            _ = compilation.GetTypeByMetadataName("Sora.Contracts.Metadata.Sora" + name + "Attribute");
        }

        var others = clock.Elapsed.TotalMilliseconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        clock.Restart();
        var count = compilation.Assembly.GetAttributes().Length + assemblies.Sum(a => a.GetAttributes().Length);
        var attributes = clock.Elapsed.TotalMilliseconds;
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        output.WriteLine($"  compilation start with cold references, in steps: marker lookup {marker:F1} ms, six more lookups {others:F1} ms, "
            + $"assembly attributes of the compilation and its {assemblies.Length} referenced assemblies ({count} attributes) {attributes:F1} ms, {bytes / 1024.0 / 1024.0:F1} MB");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Ticks and calls per callback kind.</summary>
    private sealed class Stats
    {
        private readonly Dictionary<string, (long Ticks, int Count, long Bytes, int Collections)> _byKey = new(StringComparer.Ordinal);

        public IEnumerable<string> Keys
        {
            get
            {
                lock (_byKey)
                {
                    return _byKey.Keys.ToList();
                }
            }
        }

        public double TotalMilliseconds
        {
            get
            {
                lock (_byKey)
                {
                    return _byKey.Values.Sum(v => v.Ticks) * 1000.0 / Stopwatch.Frequency;
                }
            }
        }

        public void Add(string key, long ticks, long bytes, int collections)
        {
            lock (_byKey)
            {
                var (total, count, allocated, gcs) = _byKey.TryGetValue(key, out var value) ? value : (0, 0, 0, 0);
                _byKey[key] = (total + ticks, count + 1, allocated + bytes, gcs + collections);
            }
        }

        public long Bytes(string key)
        {
            lock (_byKey)
            {
                return _byKey.TryGetValue(key, out var value) ? value.Bytes : 0;
            }
        }

        public int Collections(string key)
        {
            lock (_byKey)
            {
                return _byKey.TryGetValue(key, out var value) ? value.Collections : 0;
            }
        }

        public double Milliseconds(string key)
        {
            lock (_byKey)
            {
                return _byKey.TryGetValue(key, out var value) ? value.Ticks * 1000.0 / Stopwatch.Frequency : 0;
            }
        }

        public int Count(string key)
        {
            lock (_byKey)
            {
                return _byKey.TryGetValue(key, out var value) ? value.Count : 0;
            }
        }
    }

// A measuring instrument, never loaded by a compiler (see AnalyzerBenchmarks.cs); it forwards Initialize and the
// compilation-start context to SoraRequestAnalyzer, which configures concurrency and generated code itself (RS1025,
// RS1026) and registers its actions on the forwarded context (RS1012).
#pragma warning disable RS1012, RS1025, RS1026, RS1036, RS2008

    /// <summary>The analyzer under proxy contexts that time its actions.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ProfilingAnalyzer(DiagnosticAnalyzer inner, Stats stats) : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => inner.Initialize(new TimingContext(context, stats));
    }

    /// <summary>Forwards everything; times compilation-start actions and wraps what they register.</summary>
    private sealed class TimingContext(AnalysisContext context, Stats stats) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            context.RegisterCompilationStartAction(start =>
            {
                var (bytes, collections) = (GC.GetAllocatedBytesForCurrentThread(), GC.CollectionCount(0));
                var begin = Stopwatch.GetTimestamp();
                action(new TimingStartContext(start, stats));
                stats.Add(
                    "compilation start (KnownSymbols, option, provider ids)",
                    Stopwatch.GetTimestamp() - begin,
                    GC.GetAllocatedBytesForCurrentThread() - bytes,
                    GC.CollectionCount(0) - collections);
            });

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationAction(action);

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(action);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => context.RegisterSymbolAction(action, symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => context.RegisterCodeBlockStartAction(action);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(action);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(action);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => context.RegisterSyntaxNodeAction(action, syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            context.RegisterOperationAction(Timed(action, stats), operationKinds);
    }

    private sealed class TimingStartContext(CompilationStartAnalysisContext start, Stats stats)
        : CompilationStartAnalysisContext(start.Compilation, start.Options, start.CancellationToken)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => start.RegisterCompilationEndAction(action);

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => start.RegisterSemanticModelAction(action);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => start.RegisterSymbolAction(action, symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => start.RegisterCodeBlockStartAction(action);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => start.RegisterCodeBlockAction(action);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => start.RegisterSyntaxTreeAction(action);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => start.RegisterSyntaxNodeAction(action, syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            start.RegisterOperationAction(Timed(action, stats), operationKinds);
    }

#pragma warning restore RS1012, RS1025, RS1026, RS1036, RS2008

    private static Action<OperationAnalysisContext> Timed(Action<OperationAnalysisContext> action, Stats stats) => context =>
    {
        var key = Describe(context.Operation);
        var reported = 0;
        long reportTicks = 0, reportBytes = 0;
        // The same context with ReportDiagnostic timed. The constructor is obsolete for running analyzers by hand; here
        // the driver still runs the analyzer, and only the context it passes is wrapped.
#pragma warning disable CS0618
        var forwarding = new OperationAnalysisContext(
            context.Operation,
            context.ContainingSymbol,
            context.Compilation,
            context.Options,
            diagnostic =>
            {
                reported++;
                var (b, t) = (GC.GetAllocatedBytesForCurrentThread(), Stopwatch.GetTimestamp());
                context.ReportDiagnostic(diagnostic);
                reportTicks += Stopwatch.GetTimestamp() - t;
                reportBytes += GC.GetAllocatedBytesForCurrentThread() - b;
            },
            static _ => true,
            context.CancellationToken);
#pragma warning restore CS0618
        var (bytes, collections) = (GC.GetAllocatedBytesForCurrentThread(), GC.CollectionCount(0));
        var begin = Stopwatch.GetTimestamp();
        action(forwarding);
        var ticks = Stopwatch.GetTimestamp() - begin;
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        collections = GC.CollectionCount(0) - collections;
        if (reported == 0)
        {
            stats.Add(key, ticks, bytes, collections);
        }
        else
        {
            stats.Add(key + ", reporting (analyzer's part)", ticks - reportTicks, bytes - reportBytes, collections);
            stats.Add(key + ", reporting (Roslyn's ReportDiagnostic, " + reported + " each)", reportTicks, reportBytes, 0);
        }
    };

    /// <summary>What a callback is for, from the operation alone (outside the timed region).</summary>
    private static string Describe(IOperation operation)
    {
        var type = operation.Type;
        var name = type?.Name ?? "?";
        var owner = type?.ContainingType?.Name;
        var isRequest = name is "CreateVideoRequest" or "RemixVideoRequest";
        var text = new StringBuilder();
        if (operation.Kind == OperationKind.With)
        {
            text.Append(isRequest ? "request site: with on " + name : "with on another type (" + name + ")");
        }
        else if (name == "Builder" && owner is "CreateVideoRequest" or "RemixVideoRequest")
        {
            text.Append("request site: builder chain of ").Append(owner);
        }
        else if (isRequest)
        {
            text.Append("request site: new ").Append(name);
        }
        else
        {
            text.Append(type?.TypeKind == TypeKind.Struct ? "new of another struct (" : "new of another class (").Append(name).Append(')');
        }

        return text.ToString();
    }
}
