using System.Security;
using Sora.Packaging.Tests.Infrastructure;

namespace Sora.Packaging.Tests;

/// <summary>
/// Packs the four packages once for the whole collection, then does what a new user would: builds and runs two brand-new
/// projects against them and installs the tool. Each step is slow, so each runs once here and the tests only read results.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..12];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sora-packaging-" + RunId);

    public PackageFeed Feed { get; private set; } = null!;

    public ConsumerProject ClientApp { get; private set; } = null!;

    public ConsumerProject OwnSpec { get; private set; } = null!;

    public ProcessResult ClientAppBuild { get; private set; } = null!;

    public ProcessResult ClientAppRun { get; private set; } = null!;

    public ProcessResult ClientAppInvalidBuild { get; private set; } = null!;

    public ProcessResult OwnSpecBuild { get; private set; } = null!;

    public ProcessResult OwnSpecRun { get; private set; } = null!;

    public ProcessResult OwnSpecInvalidBuild { get; private set; } = null!;

    public ProcessResult ToolInstall { get; private set; } = null!;

    public ProcessResult ToolRun { get; private set; } = null!;

    /// <summary>The machine's package folder, read as a fallback so that dependencies already there are not downloaded.</summary>
    public string MachinePackages { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(_root);
        // A version no earlier run can have left in any package cache: a stale cached package never hides a broken one.
        Feed = await PackageFeed.CreateAsync(_root, "1.0.0-packtest.r" + RunId);

        var consumers = Path.Combine(_root, "consumers");
        System.IO.Directory.CreateDirectory(consumers);
        var machinePackages = MachinePackages = await MachinePackagesFolderAsync();
        await File.WriteAllTextAsync(Path.Combine(consumers, "nuget.config"), NuGetConfig(Feed.Directory, clearSources: false, fallbackFolder: machinePackages));
        // Packages are extracted into a folder of this run; the machine's cache is read only, as a fallback for
        // the dependencies it already holds (Polly, Microsoft.Extensions.*), which are then not downloaded again.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "nuget-packages") };

        // A step after a failed build reports that build, so each test shows the first thing that went wrong.
        ClientApp = ConsumerProject.Copy("ClientApp", consumers, Feed.Version, environment);
        ClientAppBuild = await ClientApp.BuildAsync();
        ClientAppRun = ClientAppBuild.Succeeded ? await ClientApp.RunAsync() : ClientAppBuild;
        ClientAppInvalidBuild = ClientAppBuild.Succeeded ? await ClientApp.BuildWithInvalidRequestAsync() : ClientAppBuild;

        OwnSpec = ConsumerProject.Copy("OwnSpec", consumers, Feed.Version, environment);
        OwnSpecBuild = await OwnSpec.BuildAsync();
        OwnSpecRun = OwnSpecBuild.Succeeded ? await OwnSpec.RunAsync() : OwnSpecBuild;
        OwnSpecInvalidBuild = OwnSpecBuild.Succeeded ? await OwnSpec.BuildWithInvalidRequestAsync() : OwnSpecBuild;

        // A tool package carries all its dependencies: the feed alone must be enough to install it.
        var toolConfig = Path.Combine(_root, "tool-nuget.config");
        await File.WriteAllTextAsync(toolConfig, NuGetConfig(Feed.Directory, clearSources: true, fallbackFolder: null));
        var tools = Path.Combine(_root, "tools");
        ToolInstall = await ProcessRunner.DotnetAsync(
            _root, ["tool", "install", "Sora.Cli", "--tool-path", tools, "--version", Feed.Version, "--configfile", toolConfig], environment);
        ToolRun = ToolInstall.Succeeded
            ? await ProcessRunner.RunAsync(Path.Combine(tools, "sora"), _root, ["--help"], timeout: TimeSpan.FromMinutes(1))
            : ToolInstall;
    }

    public Task DisposeAsync()
    {
        try
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is not worth failing a passing run for.
        }

        return Task.CompletedTask;
    }

    private async Task<string> MachinePackagesFolderAsync()
    {
        var locals = await ProcessRunner.DotnetAsync(_root, ["nuget", "locals", "global-packages", "--list"]);
        const string prefix = "global-packages:";
        var line = locals.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line?[prefix.Length..].Trim() ?? throw new InvalidOperationException($"No global packages folder in:{Environment.NewLine}{locals}");
    }

    private static string NuGetConfig(string feed, bool clearSources, string? fallbackFolder) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            {(clearSources ? "<clear />" : "")}
            <add key="sora-under-test" value="{SecurityElement.Escape(feed)}" />
          </packageSources>
          {(fallbackFolder is null ? "" : $"<fallbackPackageFolders><add key=\"machine\" value=\"{SecurityElement.Escape(fallbackFolder)}\" /></fallbackPackageFolders>")}
        </configuration>
        """;
}

[CollectionDefinition(Name)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}
