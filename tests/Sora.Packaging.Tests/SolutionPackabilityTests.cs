using System.Text.RegularExpressions;
using Sora.Packaging.Tests.Infrastructure;

namespace Sora.Packaging.Tests;

/// <summary>
/// `dotnet pack Sora.Contracts.sln` packs exactly the four packages: tests, benchmarks, samples and the generator
/// projects (shipped inside Sora.Contracts) are not packable. Read from MSBuild's evaluation of every project in the
/// solution, which is what pack decides by, without building the whole solution again.
/// </summary>
public sealed partial class SolutionPackabilityTests
{
    [Fact]
    public async Task Solution_PacksExactlyTheFourPackages()
    {
        var report = Path.Combine(AppContext.BaseDirectory, "MSBuild", "ReportPackability.targets");
        var result = await ProcessRunner.DotnetAsync(
            Repository.Root,
            [
                "msbuild", Repository.SolutionFile, "-t:ReportPackability", "-nologo",
                $"-p:CustomAfterMicrosoftCommonTargets={report}", $"-p:CustomAfterMicrosoftCommonCrossTargetingTargets={report}",
            ]);

        Assert.True(result.Succeeded, result.ToString());
        var projects = Packability().Matches(result.Output).Select(m => (Project: m.Groups[1].Value, Packable: m.Groups[2].Value, Id: m.Groups[3].Value)).Distinct().ToList();
        Assert.Equal(SolutionProjects().Order(StringComparer.Ordinal), projects.Select(p => p.Project).Order(StringComparer.Ordinal));
        Assert.Equal(
            PackageFeed.PackageIds.Order(StringComparer.Ordinal),
            projects.Where(p => !string.Equals(p.Packable, "false", StringComparison.OrdinalIgnoreCase)).Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> SolutionProjects() =>
        SolutionProject().Matches(File.ReadAllText(Path.Combine(Repository.Root, Repository.SolutionFile))).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"packability: (\S+) (\S*) (\S+)")]
    private static partial Regex Packability();

    [GeneratedRegex(@"^Project\(""[^""]+""\) = ""([^""]+)"", ""[^""]+\.csproj""", RegexOptions.Multiline)]
    private static partial Regex SolutionProject();
}
