using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Sora.Contracts.CodeFixes.Tests;

/// <summary>Fix All through the provider's <see cref="WellKnownFixAllProviders.BatchFixer"/>, as the IDE drives it.</summary>
public sealed class FixAllTests
{
    [Fact]
    public async Task Fix_all_in_document_replaces_every_SORA002_value()
    {
        var before = Snippet.Code("""
            public static CreateVideoRequest Builder() => new CreateVideoRequest.Builder("a").WithSeconds(5).Build();

            public static CreateVideoRequest Initializer() => new CreateVideoRequest("b") { Seconds = "7" };

            public static CreateVideoRequest TargetTyped() => new("c") { Seconds = FiveSeconds, Size = "1080x1920", Model = "sora-2-pro" };

            public static CreateVideoRequest With(CreateVideoRequest request) => request with { Seconds = 13 };

            public static CreateVideoRequest NotThisRule() => new CreateVideoRequest("d") { Size = "1792x1024" };
            """);
        var after = Snippet.Code("""
            public static CreateVideoRequest Builder() => new CreateVideoRequest.Builder("a").WithSeconds(4).Build();

            public static CreateVideoRequest Initializer() => new CreateVideoRequest("b") { Seconds = "8" };

            public static CreateVideoRequest TargetTyped() => new("c") { Seconds = 4, Size = "1024x1792", Model = "sora-2-pro" };

            public static CreateVideoRequest With(CreateVideoRequest request) => request with { Seconds = 12 };

            public static CreateVideoRequest NotThisRule() => new CreateVideoRequest("d") { Size = "1792x1024" };
            """);

        var document = CodeFixHarness.CreateDocument(before);
        var diagnostics = await CodeFixHarness.AnalyzeAsync(document);
        Assert.Equal(5, diagnostics.Count(d => d.Id == "SORA002"));

        var fixedDocument = await FixAllAsync(document, diagnostics, SoraFixKeys.UseNearestValue, "SORA002");

        Assert.Equal(after, await CodeFixHarness.TextAsync(fixedDocument));
        Assert.Empty(await CodeFixHarness.CompilerErrorsAsync(fixedDocument));
        var left = await CodeFixHarness.AnalyzeAsync(fixedDocument);
        Assert.Equal("SORA001", Assert.Single(left).Id);
    }

    [Fact]
    public async Task Fix_all_in_document_adds_a_pro_model_at_every_SORA001_site()
    {
        var before = Snippet.Code("""
            public static CreateVideoRequest Builder() => new CreateVideoRequest.Builder("a").WithSize("1792x1024").Build();

            public static CreateVideoRequest Initializer() => new CreateVideoRequest("b") { Size = Portrait1792 };

            public static CreateVideoRequest Written() => new("c") { Model = VideoModel.Sora2, Size = VideoSize.Size1792x1024 };
            """);
        var after = Snippet.Code("""
            public static CreateVideoRequest Builder() => new CreateVideoRequest.Builder("a").WithSize("1792x1024").WithModel("sora-2-pro").Build();

            public static CreateVideoRequest Initializer() => new CreateVideoRequest("b") { Size = Portrait1792, Model = "sora-2-pro" };

            public static CreateVideoRequest Written() => new("c") { Model = "sora-2-pro", Size = VideoSize.Size1792x1024 };
            """);

        var document = CodeFixHarness.CreateDocument(before);
        var diagnostics = await CodeFixHarness.AnalyzeAsync(document);
        Assert.Equal(3, diagnostics.Count(d => d.Id == "SORA001"));

        var fixedDocument = await FixAllAsync(document, diagnostics, SoraFixKeys.UseConditionValue, "SORA001");

        Assert.Equal(after, await CodeFixHarness.TextAsync(fixedDocument));
        await CodeFixHarness.AssertCleanAsync(fixedDocument);
    }

    [Fact]
    public async Task Fix_all_applies_only_the_chosen_kind_of_fix()
    {
        var before = Snippet.Code("""
            public static CreateVideoRequest A() => new CreateVideoRequest("a") { Model = "sora-2", Size = "1792x1024" };

            public static CreateVideoRequest B() => new CreateVideoRequest("b") { Size = "1024x1792" };
            """);
        var after = Snippet.Code("""
            public static CreateVideoRequest A() => new CreateVideoRequest("a") { Model = "sora-2", Size = "1280x720" };

            public static CreateVideoRequest B() => new CreateVideoRequest("b") { Size = "720x1280" };
            """);

        var document = CodeFixHarness.CreateDocument(before);
        var diagnostics = await CodeFixHarness.AnalyzeAsync(document);

        var fixedDocument = await FixAllAsync(document, diagnostics, SoraFixKeys.UseAllowedValue, "SORA001");

        Assert.Equal(after, await CodeFixHarness.TextAsync(fixedDocument));
        await CodeFixHarness.AssertCleanAsync(fixedDocument);
    }

    [Fact]
    public async Task Two_rules_at_one_site_get_one_model()
    {
        // Both of ShotRequest's rules apply when the model is absent: two SORA001 diagnostics, one insertion.
        var before = Snippet.Code("public static ShotRequest Make() => new ShotRequest(\"p\", \"1792x1024\") { Seconds = 12 };", Snippet.ShotRequest);
        var after = Snippet.Code("public static ShotRequest Make() => new ShotRequest(\"p\", \"1792x1024\") { Seconds = 12, Model = \"sora-2-pro\" };", Snippet.ShotRequest);

        var document = CodeFixHarness.CreateDocument(before);
        var diagnostics = await CodeFixHarness.AnalyzeAsync(document);
        Assert.Equal(2, diagnostics.Count(d => d.Id == "SORA001"));

        var fixedDocument = await FixAllAsync(document, diagnostics, SoraFixKeys.UseConditionValue, "SORA001");

        Assert.Equal(after, await CodeFixHarness.TextAsync(fixedDocument));
        await CodeFixHarness.AssertCleanAsync(fixedDocument);
    }

    private static async Task<Document> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string equivalenceKey, string diagnosticId)
    {
        var provider = CodeFixHarness.Provider;
        var fixAll = provider.GetFixAllProvider();
        Assert.Same(WellKnownFixAllProviders.BatchFixer, fixAll);
        Assert.Contains(FixAllScope.Document, fixAll.GetSupportedFixAllScopes());

        var context = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            equivalenceKey,
            new[] { diagnosticId },
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        var action = await fixAll.GetFixAsync(context);
        Assert.NotNull(action);
        return await CodeFixHarness.ApplyAsync(document, action);
    }

    /// <summary>Hands Fix All the diagnostics already computed for the one document.</summary>
    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}
