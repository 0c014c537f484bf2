using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Sora.Contracts.Generator.Diagnostics;

namespace Sora.Contracts.CodeFixes.Tests;

/// <summary>What the provider promises as a whole: the diagnostics it fixes, stable equivalence keys, and no fix where it has none.</summary>
public sealed class ProviderContractTests
{
    [Fact]
    public void Fixes_SORA001_SORA002_SORA004_and_SORA009_only_in_every_Fix_All_scope_of_the_batch_fixer()
    {
        Assert.Equal(new[] { "SORA001", "SORA002", "SORA004", "SORA009" }, CodeFixHarness.Provider.FixableDiagnosticIds);
        Assert.Equal(WellKnownFixAllProviders.BatchFixer.GetSupportedFixAllScopes(), CodeFixHarness.Provider.GetFixAllProvider().GetSupportedFixAllScopes());
    }

    [Fact]
    public void Is_exported_for_CSharp()
    {
        var export = typeof(SoraRequestCodeFixProvider).GetCustomAttribute<ExportCodeFixProviderAttribute>();
        Assert.NotNull(export);
        Assert.Equal(new[] { LanguageNames.CSharp }, export.Languages);
        Assert.Equal(nameof(SoraRequestCodeFixProvider), export.Name);
    }

    [Fact]
    public void Equivalence_keys_are_the_documented_strings()
    {
        Assert.Equal("SORA001.UseConditionValue", SoraFixKeys.UseConditionValue);
        Assert.Equal("SORA001.UseAllowedValue", SoraFixKeys.UseAllowedValue);
        Assert.Equal("SORA002.UseNearestValue", SoraFixKeys.UseNearestValue);
        Assert.Equal("SORA004.UseProviderValue", SoraFixKeys.UseProviderValue);
    }

    [Fact]
    public async Task The_key_names_the_kind_of_fix_not_the_value()
    {
        var document = CodeFixHarness.CreateDocument(Snippet.Code("""
            public static CreateVideoRequest A() => new("a") { Seconds = 5 };

            public static CreateVideoRequest B() => new("b") { Seconds = 13 };

            public static CreateVideoRequest C() => new("c") { Model = "sora-2", Size = "1792x1024" };

            public static CreateVideoRequest D() => new CreateVideoRequest.Builder("d").WithSize("1024x1792").Build();
            """));
        var diagnostics = await CodeFixHarness.AnalyzeAsync(document);
        var actions = new List<(string Id, string Title, string? Key)>();
        foreach (var diagnostic in diagnostics)
        {
            actions.AddRange((await CodeFixHarness.ActionsAsync(document, diagnostic)).Select(a => (diagnostic.Id, a.Title, a.EquivalenceKey)));
        }

        Assert.Equal(
            new (string, string, string?)[]
            {
                ("SORA002", "Use seconds 4", SoraFixKeys.UseNearestValue),
                ("SORA002", "Use seconds 12", SoraFixKeys.UseNearestValue),
                ("SORA001", "Use model sora-2-pro", SoraFixKeys.UseConditionValue),
                ("SORA001", "Use size 1280x720", SoraFixKeys.UseAllowedValue),
                ("SORA001", "Use model sora-2-pro", SoraFixKeys.UseConditionValue),
                ("SORA001", "Use size 720x1280", SoraFixKeys.UseAllowedValue),
            },
            actions);
    }

    [Fact]
    public async Task Every_action_changes_only_its_document_and_has_a_key()
    {
        var document = CodeFixHarness.CreateDocument(Snippet.Code("""
            public static CreateVideoRequest A() => new("a") { Seconds = 5, Model = VideoModel.Sora2, Size = VideoSize.Size1792x1024 };
            """));
        foreach (var diagnostic in await CodeFixHarness.AnalyzeAsync(document))
        {
            foreach (var action in await CodeFixHarness.ActionsAsync(document, diagnostic))
            {
                Assert.False(string.IsNullOrEmpty(action.EquivalenceKey));
                var changed = await CodeFixHarness.ApplyAsync(document, action);
                Assert.NotEqual(await CodeFixHarness.TextAsync(document), await CodeFixHarness.TextAsync(changed));
                Assert.Single(changed.Project.Solution.GetChanges(document.Project.Solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()));
            }
        }
    }

    [Theory]
    [InlineData("SORA003", """public static CreateVideoRequest Change(CreateVideoRequest request) => request with { Model = "sora-3-ultra" };""")]
    [InlineData("SORA005", """public static CreateVideoRequest Blank() => new("   ");""")]
    public async Task No_fix_for_SORA003_or_SORA005(string id, string member)
    {
        var document = CodeFixHarness.CreateDocument(Snippet.Code(member));
        var diagnostic = Assert.Single(await CodeFixHarness.AnalyzeAsync(document));
        Assert.Equal(id, diagnostic.Id);
        Assert.DoesNotContain(id, CodeFixHarness.Provider.FixableDiagnosticIds);
        Assert.Empty(await CodeFixHarness.ActionsAsync(document, diagnostic));
    }

    [Fact]
    public async Task No_fix_when_the_analyzer_gave_no_replacement()
    {
        // SORA001 about a required value left out carries no properties: there is nothing to replace.
        var source = Snippet.Code("""public static CreateVideoRequest Make() => new("p") { Seconds = 5 };""");
        var document = CodeFixHarness.CreateDocument(source);
        var span = new Microsoft.CodeAnalysis.Text.TextSpan(source.IndexOf("5 }", StringComparison.Ordinal), 1);
        var location = Location.Create((await document.GetSyntaxTreeAsync())!, span);
        foreach (var descriptor in new[] { RequestDiagnostics.CombinationNotAllowed, RequestDiagnostics.ValueOutsideEnum, RequestDiagnostics.NotSupportedByProvider })
        {
            var bare = Diagnostic.Create(descriptor, location, ImmutableDictionary<string, string?>.Empty, "seconds", "5", "x", "y");
            Assert.Empty(await CodeFixHarness.ActionsAsync(document, bare));
        }
    }
}
