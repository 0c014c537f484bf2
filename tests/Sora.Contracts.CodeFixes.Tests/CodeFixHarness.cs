using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Sora.Contracts.Generator.Analysis;

namespace Sora.Contracts.CodeFixes.Tests;

/// <summary>
/// <see cref="SoraRequestCodeFixProvider"/> on the standard code-fix harness: the before text with its diagnostics, the
/// fixed text with the diagnostics left in it, and on its own the harness applies the fix one diagnostic at a time (at most
/// one iteration each) and by Fix All in document, project and solution scope, and requires each result to be the fixed
/// text, compiling, with exactly those diagnostics left.
/// </summary>
internal sealed class SoraCodeFixTest : CSharpCodeFixTest<SoraRequestAnalyzer, SoraRequestCodeFixProvider, DefaultVerifier>
{
    public SoraCodeFixTest(string? provider)
    {
        // No reference package to resolve, so nothing is downloaded: the shared framework and Sora.Contracts.dll are
        // metadata references from the test host (TRUSTED_PLATFORM_ASSEMBLIES).
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(CodeFixHarness.References);

        SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            return solution
                .WithProjectCompilationOptions(projectId, ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable))
                .WithProjectParseOptions(projectId, CodeFixHarness.ParseOptions);
        });
        if (provider is not null)
        {
            TestState.AnalyzerConfigFiles.Add(("/src/obj/Consumer.GeneratedMSBuildEditorConfig.editorconfig", $"is_global = true\n{SoraRequestAnalyzer.ProviderOption} = {provider}\n"));
        }
    }
}

/// <summary>
/// <see cref="VerifyAsync"/> runs a case on <see cref="SoraCodeFixTest"/>; the rest reaches what the harness does not
/// expose (the actions offered for one diagnostic and what each changes), in a one-document workspace.
/// </summary>
internal static class CodeFixHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public const string DocumentPath = "/src/Requests.cs";

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>The shared framework and Sora.Contracts.dll.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static SoraRequestCodeFixProvider Provider { get; } = new();

    /// <summary>
    /// A one-document project holding <paramref name="source"/>, for what the harness does not expose: the list of
    /// actions offered for one diagnostic (titles, keys, none at all) and the solution change of each.
    /// </summary>
    public static Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var project = ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: ParseOptions,
            metadataReferences: LazyReferences.Value);
        var solution = workspace.CurrentSolution
            .AddProject(project)
            .AddDocument(DocumentId.CreateNewId(projectId), "Requests.cs", SourceText.From(source), filePath: DocumentPath);
        return solution.Projects.Single().Documents.Single();
    }

    /// <summary>The analyzer's diagnostics for the document's project, with <c>SoraProvider</c> set when <paramref name="provider"/> is given.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document, string? provider = null)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var global = new Dictionary<string, string>(StringComparer.Ordinal);
        if (provider is not null)
        {
            global[SoraRequestAnalyzer.ProviderOption] = provider;
        }

        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestAnalyzerConfigOptionsProvider(global));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SoraRequestAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>The code actions the provider registers for one diagnostic, in registration order.</summary>
    public static async Task<IReadOnlyList<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(
            document,
            diagnostic.Location.SourceSpan,
            ImmutableArray.Create(diagnostic),
            (action, _) => actions.Add(action),
            CancellationToken.None);
        await Provider.RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>Applies a code action and returns the changed document.</summary>
    public static async Task<Document> ApplyAsync(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = Assert.Single(operations.OfType<ApplyChangesOperation>());
        return apply.ChangedSolution.GetDocument(document.Id)!;
    }

    public static async Task<string> TextAsync(Document document) => (await document.GetTextAsync()).ToString();

    /// <summary>
    /// Verifies on the standard harness that fixing <paramref name="source"/> with the actions of
    /// <paramref name="equivalenceKey"/> gives <paramref name="expected"/> (one at a time and by Fix All in every scope),
    /// with <paramref name="expectedTitle"/> when given, and that <paramref name="expectedLeft"/> (none by default) is all
    /// the analyzer still reports afterwards. <paramref name="diagnosticId"/> must be reported
    /// <paramref name="count"/> times before.
    /// </summary>
    public static async Task VerifyAsync(
        string source, string diagnosticId, string equivalenceKey, string expected, string? expectedTitle = null, string? provider = null, int count = 1, params string[] expectedLeft)
    {
        // The cases are plain before/after text, not markup, while the harness wants every diagnostic of both states
        // listed: they are read from one analysis of each text here (which also asserts the count), then the harness
        // checks them again and does the rest.
        var before = await AnalyzeAsync(CreateDocument(source), provider);
        Assert.Equal(count, before.Count(d => d.Id == diagnosticId));
        var after = await AnalyzeAsync(CreateDocument(expected), provider);
        Assert.Equal(expectedLeft.Order(StringComparer.Ordinal), after.Select(d => d.Id).Order(StringComparer.Ordinal));

        var test = new SoraCodeFixTest(provider) { CodeActionEquivalenceKey = equivalenceKey };
        test.TestState.Sources.Add((DocumentPath, source));
        test.TestState.ExpectedDiagnostics.AddRange(before.Select(Expected));
        test.FixedState.Sources.Add((DocumentPath, expected));
        test.FixedState.ExpectedDiagnostics.AddRange(after.Select(Expected));
        if (expectedTitle is not null)
        {
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(expectedTitle, action.Title);
        }

        await test.RunAsync();
    }

    private static DiagnosticResult Expected(Diagnostic diagnostic)
    {
        var result = new DiagnosticResult(diagnostic.Descriptor).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        // A project-level diagnostic (SORA006, SORA007) has no location; giving it a span would expect one in source.
        return diagnostic.Location == Location.None ? result : result.WithSpan(diagnostic.Location.GetLineSpan());
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var tpa = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var contracts = typeof(global::Sora.Contracts.CreateVideoRequest).Assembly.Location;

        // The shared framework only (not the test host's xunit or Roslyn), plus Sora.Contracts.dll explicitly.
        return tpa
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDirectory, StringComparison.Ordinal))
            .Append(contracts)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
