using System.Text.Json;

namespace Sora.Packaging.Tests.Infrastructure;

/// <summary>
/// A local folder feed holding the four packages, packed from this checkout as CI packs them (Release, continuous
/// integration build). Everything the pack builds goes under the feed's own artifacts folder, never into the
/// checkout's bin/ and obj/, which other test projects may be using at the same time.
/// </summary>
public sealed class PackageFeed
{
    public static readonly string[] PackageIds = ["Sora.Contracts", "Sora.Client", "Sora.Emulator", "Sora.Cli"];

    private static readonly string[] Projects =
    [
        "src/Sora.Contracts/Sora.Contracts.csproj",
        "src/Sora.Client/Sora.Client.csproj",
        "src/Sora.Emulator/Sora.Emulator.csproj",
        "src/Sora.Cli/Sora.Cli.csproj",
    ];

    private PackageFeed(string directory, string artifactsDirectory, string version)
    {
        Directory = directory;
        ArtifactsDirectory = artifactsDirectory;
        Version = version;
    }

    public string Directory { get; }

    /// <summary>Where the pack built the projects (bin/, obj/).</summary>
    public string ArtifactsDirectory { get; }

    public string Version { get; }

    public string PackageFile(string id) => Path.Combine(Directory, $"{id}.{Version}.nupkg");

    public string SymbolsFile(string id) => Path.Combine(Directory, $"{id}.{Version}.snupkg");

    public static async Task<PackageFeed> CreateAsync(string workDirectory, string version)
    {
        var filter = Path.Combine(workDirectory, "packages.slnf");
        await File.WriteAllTextAsync(filter, JsonSerializer.Serialize(new
        {
            solution = new { path = Path.Combine(Repository.Root, Repository.SolutionFile), projects = Projects },
        }));

        var feed = Path.Combine(workDirectory, "feed");
        var artifacts = Path.Combine(workDirectory, "artifacts");
        var pack = await ProcessRunner.DotnetAsync(
            workDirectory,
            [
                "pack", filter, "--configuration", "Release", "--artifacts-path", artifacts, "--output", feed,
                $"-p:Version={version}", "-p:ContinuousIntegrationBuild=true",
            ],
            timeout: TimeSpan.FromMinutes(10));
        if (!pack.Succeeded)
        {
            throw new InvalidOperationException($"dotnet pack failed:{Environment.NewLine}{pack}");
        }

        return new PackageFeed(feed, artifacts, version);
    }
}
