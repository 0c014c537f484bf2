using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Sora.Contracts.Generator.Analysis;

namespace Sora.Contracts.CodeFixes.Tests;

/// <summary>
/// Drives the code fixes the way an IDE does, without the Microsoft.CodeAnalysis.Testing packages (not in the package
/// source): an <see cref="AdhocWorkspace"/> project referencing the shared framework and Sora.Contracts.dll, diagnostics
/// from <see cref="SoraRequestAnalyzer"/> through <c>WithAnalyzers</c>, code actions collected from
/// <see cref="CodeFixProvider.RegisterCodeFixesAsync"/> and applied through their <see cref="ApplyChangesOperation"/>.
/// </summary>
internal static class CodeFixHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    public static SoraRequestCodeFixProvider Provider { get; } = new();

    /// <summary>A one-document project holding <paramref name="source"/>.</summary>
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
            .AddDocument(DocumentId.CreateNewId(projectId), "Requests.cs", SourceText.From(source), filePath: "/src/Requests.cs");
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

    /// <summary>Compiler errors of the document's project (the snippets must compile before and after a fix).</summary>
    public static async Task<ImmutableArray<Diagnostic>> CompilerErrorsAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
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
    /// Finds the one <paramref name="diagnosticId"/> diagnostic in <paramref name="source"/>, applies the action with
    /// <paramref name="equivalenceKey"/>, and checks the new text, the title, and that the result compiles with no SORA
    /// diagnostic left.
    /// </summary>
    public static async Task VerifyAsync(
        string source, string diagnosticId, string equivalenceKey, string expected, string? expectedTitle = null, string? provider = null)
    {
        var document = CreateDocument(source);
        Assert.Empty(await CompilerErrorsAsync(document));
        var diagnostics = await AnalyzeAsync(document, provider);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == diagnosticId);

        var actions = await ActionsAsync(document, diagnostic);
        var action = Assert.Single(actions, a => a.EquivalenceKey == equivalenceKey);
        if (expectedTitle is not null)
        {
            Assert.Equal(expectedTitle, action.Title);
        }

        var fixedDocument = await ApplyAsync(document, action);
        Assert.Equal(expected, await TextAsync(fixedDocument));
        await AssertCleanAsync(fixedDocument, provider);
    }

    /// <summary>The document compiles and the analyzer reports nothing about it.</summary>
    public static async Task AssertCleanAsync(Document document, string? provider = null)
    {
        Assert.Empty(await CompilerErrorsAsync(document));
        var left = await AnalyzeAsync(document, provider);
        Assert.True(left.IsEmpty, "SORA diagnostics left after the fix: " + string.Join("; ", left.Select(d => d.ToString())));
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
