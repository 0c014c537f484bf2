namespace Sora.Packaging.Tests;

/// <summary>The Sora.Cli package installs as a dotnet tool from the feed alone, and the installed `sora` starts.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class CliToolTests(PackedPackages packed)
{
    [Fact]
    public void Tool_InstallsFromTheFeed()
    {
        Assert.True(packed.ToolInstall.Succeeded, packed.ToolInstall.ToString());
    }

    [Fact]
    public void InstalledSora_Starts()
    {
        Assert.True(packed.ToolRun.Succeeded, packed.ToolRun.ToString());
    }
}
