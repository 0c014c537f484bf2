using System.Text.RegularExpressions;
using Sora.Packaging.Tests.Infrastructure;

namespace Sora.Packaging.Tests;

/// <summary>What each package holds and declares, read from the .nupkg and .snupkg files themselves.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed partial class PackageContentTests(PackedPackages packed)
{
    private const string Repository = "https://github.com/sora-contracts/sora-contracts";

    public static TheoryData<string> Packages => new(PackageFeed.PackageIds);

    [Fact]
    public void Feed_HoldsTheFourPackagesAndTheirSymbols()
    {
        var expected = PackageFeed.PackageIds
            .SelectMany(id => new[] { Path.GetFileName(packed.Feed.PackageFile(id)), Path.GetFileName(packed.Feed.SymbolsFile(id)) })
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, Directory.EnumerateFiles(packed.Feed.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Package_DeclaresLicenseReadmeAndRepository(string id)
    {
        var package = new NuPackage(packed.Feed.PackageFile(id));

        Assert.Equal(("expression", "MIT"), (package.Metadata("license")?.Attribute("type")?.Value, package.Metadata("license")?.Value));
        Assert.Equal("README.md", package.Metadata("readme")?.Value);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Infrastructure.Repository.Root, "PACKAGE.md")), package.Read("README.md"));
        Assert.Equal(Repository, package.Metadata("projectUrl")?.Value);
        var repository = package.Metadata("repository");
        Assert.Equal(("git", Repository), (repository?.Attribute("type")?.Value, repository?.Attribute("url")?.Value));
        Assert.Matches(CommitId(), repository?.Attribute("commit")?.Value ?? "");
        Assert.False(string.IsNullOrWhiteSpace(package.Metadata("description")?.Value));
        Assert.Equal(packed.Feed.Version, package.Metadata("version")?.Value);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Package_ShipsDeterministicAssembliesWhosePdbsLinkToTheCommit(string id)
    {
        var package = new NuPackage(packed.Feed.PackageFile(id));
        var symbols = new NuPackage(packed.Feed.SymbolsFile(id));
        var commit = package.Metadata("repository")!.Attribute("commit")!.Value;
        var ownAssemblies = package.Entries.Where(e => Path.GetFileName(e).StartsWith("Sora.", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        var pdbs = symbols.Entries.Where(e => e.EndsWith(".pdb", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(ownAssemblies);
        Assert.All(ownAssemblies, entry => Assert.True(DebugInfo.IsDeterministic(package.Read(entry)), $"{entry} was not built deterministically."));
        Assert.NotEmpty(pdbs);
        Assert.All(pdbs, entry =>
        {
            var pdb = symbols.Read(entry);
            Assert.Contains($"\"/_/*\":\"https://raw.githubusercontent.com/sora-contracts/sora-contracts/{commit}/*\"", DebugInfo.SourceLink(pdb));
            // Continuous integration paths: the checkout's location never ends up in what is shipped. Only this test's
            // intermediate folder (outside the checkout, unlike CI's obj/) keeps its real path, for generated sources.
            var documents = DebugInfo.DocumentPaths(pdb);
            Assert.Contains(documents, path => path.StartsWith("/_/", StringComparison.Ordinal));
            Assert.All(documents, path => Assert.True(
                path.StartsWith("/_/", StringComparison.Ordinal) || path.StartsWith(packed.Feed.ArtifactsDirectory, StringComparison.Ordinal), path));
        });
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Package_ShipsNothingFromTestsBenchmarksOrSamples(string id)
    {
        var package = new NuPackage(packed.Feed.PackageFile(id));

        Assert.DoesNotContain(package.Entries, e => NotForUsers().IsMatch(e));
    }

    [Fact]
    public void Contracts_ShipsRuntimeGeneratorAnalyzerCodeFixesAndBuildFiles()
    {
        var package = new NuPackage(packed.Feed.PackageFile("Sora.Contracts"));

        Assert.Equal(
            [
                "README.md",
                "analyzers/dotnet/cs/Sora.Contracts.CodeFixes.dll",
                "analyzers/dotnet/cs/Sora.Contracts.Generator.dll",
                "analyzers/dotnet/cs/Sora.Contracts.SpecReader.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "build/Sora.Contracts.props",
                "build/Sora.Contracts.targets",
                "buildTransitive/Sora.Contracts.props",
                "buildTransitive/Sora.Contracts.targets",
                "lib/net10.0/Sora.Contracts.dll",
                "lib/net10.0/Sora.Contracts.xml",
                "lib/net8.0/Sora.Contracts.dll",
                "lib/net8.0/Sora.Contracts.xml",
            ],
            package.Entries);
        Assert.Empty(package.All("dependency"));
    }

    [Theory]
    [InlineData("build/Sora.Contracts.props")]
    [InlineData("build/Sora.Contracts.targets")]
    [InlineData("buildTransitive/Sora.Contracts.props")]
    [InlineData("buildTransitive/Sora.Contracts.targets")]
    public void Contracts_BuildFiles_AreTheRepositoryOnesWithoutTheLibrarysOwnSpec(string entry)
    {
        var shipped = new NuPackage(packed.Feed.PackageFile("Sora.Contracts")).Read(entry);

        Assert.Equal(File.ReadAllBytes(Path.Combine(Infrastructure.Repository.Root, "src/Sora.Contracts/build", Path.GetFileName(entry))), shipped);
        Assert.DoesNotContain("SoraSpecPath", System.Text.Encoding.UTF8.GetString(shipped), StringComparison.Ordinal);
        Assert.DoesNotContain("sora.openapi.yaml", System.Text.Encoding.UTF8.GetString(shipped), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sora.Client")]
    [InlineData("Sora.Emulator")]
    public void Library_DependsOnContractsWithItsAnalyzerAndBuildFiles(string id)
    {
        var package = new NuPackage(packed.Feed.PackageFile(id));
        var contracts = package.All("dependency").Where(d => d.Attribute("id")?.Value == "Sora.Contracts").ToList();

        Assert.Equal(["net10.0", "net8.0"], package.All("group").Where(g => g.Parent?.Name.LocalName == "dependencies").Select(g => g.Attribute("targetFramework")?.Value).Order(StringComparer.Ordinal));
        Assert.Equal(2, contracts.Count);
        Assert.All(contracts, d =>
        {
            Assert.Equal(packed.Feed.Version, d.Attribute("version")?.Value);
            // NuGet's default for a dependency is exclude="Build,Analyzers": SORA0xx and <SoraSpec> would stop at this package.
            Assert.Null(d.Attribute("exclude"));
        });
        Assert.Equal(["README.md", $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml", $"lib/net8.0/{id}.dll", $"lib/net8.0/{id}.xml"], package.Entries);
    }

    [Fact]
    public void Cli_IsADotnetToolCalledSora()
    {
        var package = new NuPackage(packed.Feed.PackageFile("Sora.Cli"));

        Assert.Equal("DotnetTool", package.Metadata("packageType")?.Attribute("name")?.Value);
        Assert.Contains("tools/net10.0/any/Sora.Cli.dll", package.Entries);
        Assert.Contains("Name=\"sora\"", System.Text.Encoding.UTF8.GetString(package.Read("tools/net10.0/any/DotnetToolSettings.xml")), StringComparison.Ordinal);
    }

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitId();

    [GeneratedRegex(@"Tests?\b|Benchmark|Sample|xunit|\.ya?ml$", RegexOptions.IgnoreCase)]
    private static partial Regex NotForUsers();
}
