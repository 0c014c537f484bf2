using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Sora.Contracts.Generator.Analysis;
using Xunit;
using static Sora.Contracts.Generator.Tests.Analyzer.AnalyzerHarness;

namespace Sora.Contracts.Generator.Tests.Analyzer;

/// <summary>
/// "A compilation that does not use the contracts pays one type lookup": with recording doubles of Roslyn's abstract
/// <see cref="AnalysisContext"/> and <see cref="CompilationStartAnalysisContext"/>, <c>Initialize</c> and the
/// compilation-start action run by hand and every registration, option read and setting is recorded.
/// </summary>
public sealed class RegistrationTests
{
    // One per tree: no syntax node, code block or operation action, which the driver runs per member declaration.
    private static readonly string[] SyntaxActions = { "SemanticModel" };

    [Fact]
    public void InitializeRegistersOneCompilationStartActionAndNothingElse()
    {
        var context = new RecordingAnalysisContext();

        new SoraRequestAnalyzer().Initialize(context);

        Assert.Equal(new[] { "CompilationStart" }, context.Registrations);
        Assert.True(context.ConcurrentExecution, "EnableConcurrentExecution() was not called");
        Assert.Equal(GeneratedCodeAnalysisFlags.None, context.GeneratedCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ezmodel")]
    [InlineData("no-such-provider")]
    public void WithoutTheContractsNothingIsRegisteredAndNoOptionIsRead(string? provider)
    {
        var compilation = Compile(
            """
            namespace Consumer;
            public sealed record CreateVideoRequest(string Prompt) { public string? Size { get; init; } }
            internal static class C { public static CreateVideoRequest M() => new("") { Size = "1792x1024" }; }
            """,
            referenceContracts: false);
        Assert.DoesNotContain(compilation.References, r => r.Display?.EndsWith("Sora.Contracts.dll", StringComparison.OrdinalIgnoreCase) == true);
        var options = new CountingOptionsProvider(provider);

        var start = RunStart(compilation, options);

        Assert.Empty(start.Registrations);
        Assert.Equal(0, options.GlobalReads);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("no-such-provider")]
    public void TheAssemblyThatDefinesTheContractsIsNotAConsumer_NothingIsRegistered(string? provider)
    {
        // Compiling the contracts library itself: a SoraProvider meant for an application must not fail its build.
        var compilation = Compile(
            """
            namespace Sora.Contracts.Metadata
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class SoraRequestAttribute : System.Attribute { public SoraRequestAttribute(string schemaName) { } }
            }
            """,
            referenceContracts: false);
        var options = new CountingOptionsProvider(provider);

        var start = RunStart(compilation, options);

        Assert.Empty(start.Registrations);
        Assert.Equal(0, options.GlobalReads);
    }

    [Fact]
    public void WithTheContractsOneSemanticModelActionIsRegisteredAndNoPerMemberAction()
    {
        var options = new CountingOptionsProvider("ezmodel");

        var start = RunStart(Compile(InClass("public static int M() => 1;")), options);

        Assert.Equal(SyntaxActions, start.Registrations.Order(StringComparer.Ordinal));
        Assert.Equal(1, options.GlobalReads);
    }

    [Fact]
    public void AnUnknownProviderAddsOneCompilationEndAction()
    {
        var start = RunStart(Compile(InClass("public static int M() => 1;")), new CountingOptionsProvider("acme"));

        Assert.Equal(new[] { "CompilationEnd" }.Concat(SyntaxActions), start.Registrations.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WithoutTheContractsTheAnalyzerReportsNothingEvenOnLookalikeCode()
    {
        var test = new SoraAnalyzerTest(referenceContracts: false).WithProvider("acme");
        test.TestState.Sources.Add((
                SnippetPath,
                """
                namespace Sora.Contracts;
                public sealed record CreateVideoRequest(string Prompt)
                {
                    public string? Model { get; init; }
                    public string? Size { get; init; }
                    public sealed class Builder { public Builder(string p) { } public Builder WithSize(string s) => this; public CreateVideoRequest Build() => new(""); }
                }
                internal static class C
                {
                    public static CreateVideoRequest M() => new CreateVideoRequest.Builder("").WithSize("1792x1024").Build() with { Model = "sora-2", Size = "1920x1080" };
                }
                """));

        Assert.Empty((await RunAsync(test)).Diagnostics);
    }

    /// <summary>
    /// A compilation to hand the recording contexts (the harness runs an analyzer, it does not let a test watch what
    /// <c>Initialize</c> and the start action register, hence these doubles and this compilation by hand).
    /// </summary>
    private static CSharpCompilation Compile(string code, bool referenceContracts = true)
    {
        var references = referenceContracts
            ? GeneratorHarness.References
            : GeneratorHarness.References.Where(r => !string.Equals(Path.GetFileName(r.Display), "Sora.Contracts.dll", StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
        return CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(code, GeneratorHarness.ParseOptions, SnippetPath) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The options MSBuild would pass: <c>build_property.SoraProvider</c> when a provider is set.</summary>
    private static AnalyzerConfigOptionsProvider Options(string? provider) =>
        new TestAnalyzerConfigOptionsProvider(
            provider is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [SoraRequestAnalyzer.ProviderOption] = provider },
            new Dictionary<string, IReadOnlyDictionary<string, string>>());

    private static RecordingStartContext RunStart(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        var context = new RecordingAnalysisContext();
        new SoraRequestAnalyzer().Initialize(context);
        var start = new RecordingStartContext(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options));
        Assert.NotNull(context.StartAction);
        context.StartAction!(start);
        return start;
    }

    /// <summary>Counts reads of the global options (where <c>build_property.SoraProvider</c> lives).</summary>
    private sealed class CountingOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptionsProvider _inner;

        public CountingOptionsProvider(string? provider) => _inner = Options(provider);

        public int GlobalReads { get; private set; }

        public override AnalyzerConfigOptions GlobalOptions
        {
            get
            {
                GlobalReads++;
                return _inner.GlobalOptions;
            }
        }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _inner.GetOptions(tree);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _inner.GetOptions(textFile);
    }

    /// <summary>Records every registration <c>Initialize</c> makes.</summary>
    private sealed class RecordingAnalysisContext : AnalysisContext
    {
        public List<string> Registrations { get; } = new();

        public Action<CompilationStartAnalysisContext>? StartAction { get; private set; }

        public bool ConcurrentExecution { get; private set; }

        public GeneratedCodeAnalysisFlags? GeneratedCode { get; private set; }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        {
            Registrations.Add("CompilationStart");
            StartAction = action;
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => Registrations.Add("Compilation");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Registrations.Add("SemanticModel");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registrations.Add("Symbol");

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registrations.Add("SymbolStart");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registrations.Add("CodeBlockStart");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registrations.Add("CodeBlock");

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Registrations.Add("OperationBlockStart");

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Registrations.Add("OperationBlock");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registrations.Add("SyntaxTree");

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Registrations.Add("AdditionalFile");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            Registrations.Add($"SyntaxNode({string.Join(",", syntaxKinds)})");

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            Registrations.Add($"Operation({string.Join(",", operationKinds)})");

        public override void EnableConcurrentExecution() => ConcurrentExecution = true;

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;
    }

    /// <summary>Records every registration the compilation-start action makes.</summary>
    private sealed class RecordingStartContext : CompilationStartAnalysisContext
    {
        public RecordingStartContext(Compilation compilation, AnalyzerOptions options)
            : base(compilation, options, CancellationToken.None)
        {
        }

        public List<string> Registrations { get; } = new();

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => Registrations.Add("CompilationEnd");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Registrations.Add("SemanticModel");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registrations.Add("Symbol");

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registrations.Add("SymbolStart");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registrations.Add("CodeBlockStart");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registrations.Add("CodeBlock");

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Registrations.Add("OperationBlockStart");

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Registrations.Add("OperationBlock");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registrations.Add("SyntaxTree");

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Registrations.Add("AdditionalFile");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            Registrations.Add($"SyntaxNode({string.Join(",", syntaxKinds)})");

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            Registrations.Add($"Operation({string.Join(",", operationKinds)})");
    }
}
