using System.Globalization;
using Microsoft.CodeAnalysis;
using Sora.Contracts.Generator.Diagnostics;
using Sora.Contracts.Generator.Tests.Analyzer;
using Sora.Contracts.SpecReader.Diagnostics;
using Xunit;

namespace Sora.Contracts.Generator.Tests.Catalogue;

/// <summary>
/// The SORA1xx catalogue is written once, as plain data in the reader: the generator's Roslyn descriptors, the release
/// tracking file and the docs pages all follow it.
/// </summary>
public sealed class SpecCatalogueTests
{
    public static TheoryData<string> Ids() => new(SpecDiagnostics.All.Select(d => d.Id));

    [Fact]
    public void TheGeneratorHasOneDescriptorPerCatalogueEntry()
    {
        Assert.Equal(SpecDiagnostics.All.Select(d => d.Id).Order(StringComparer.Ordinal), SpecDescriptors.ById.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EachDescriptorSaysWhatTheCatalogueSays(string id)
    {
        var entry = SpecDiagnostics.ById[id];
        var descriptor = SpecDescriptors.ById[id];

        Assert.Equal(entry.Title, descriptor.Title.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(entry.MessageFormat, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(entry.Category, descriptor.Category);
        Assert.Equal(entry.Severity.ToString(), descriptor.DefaultSeverity.ToString());
        Assert.Equal(entry.HelpLink, descriptor.HelpLinkUri);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void TheReaderFormatsAMessageAsRoslynDoes(string id)
    {
        var arguments = new[] { "first", "second", "third" };

        var roslyn = Diagnostic.Create(SpecDescriptors.ById[id], Location.None, arguments.Cast<object>().ToArray()).GetMessage(CultureInfo.InvariantCulture);

        Assert.Equal(roslyn, SpecDiagnostics.ById[id].Format(arguments));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EachIdIsInTheUnshippedReleaseWithItsCategorySeverityAndTitle(string id)
    {
        var entry = SpecDiagnostics.ById[id];
        var lines = File.ReadAllLines(Path.Combine(AnalyzerHarness.RepositoryRoot(), "generator", "Sora.Contracts.Generator", "AnalyzerReleases.Unshipped.md"));

        var row = Assert.Single(lines, l => l.StartsWith(id + " ", StringComparison.Ordinal));
        var cells = row.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(entry.Category, cells[1]);
        Assert.Equal(entry.Severity.ToString(), cells[2]);
        Assert.Equal(entry.Title, cells[3]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EachIdHasItsDocsPage(string id)
    {
        var page = Path.Combine(AnalyzerHarness.RepositoryRoot(), "docs", "diagnostics", id + ".md");

        Assert.True(File.Exists(page), $"{id}'s help link points at docs/diagnostics/{id}.md, which does not exist");
        Assert.StartsWith($"# {id}", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.EndsWith($"/docs/diagnostics/{id}.md", SpecDiagnostics.ById[id].HelpLink, StringComparison.Ordinal);
    }
}
