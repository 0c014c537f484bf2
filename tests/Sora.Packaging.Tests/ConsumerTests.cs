using System.Text.RegularExpressions;
using Sora.Packaging.Tests.Infrastructure;

namespace Sora.Packaging.Tests;

/// <summary>
/// Brand-new projects restored from the packed packages alone (Consumers/): one installs only Sora.Client and
/// Sora.Emulator, the other Sora.Contracts with a spec of its own.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed partial class ConsumerTests(PackedPackages packed)
{
    [Fact]
    public void ClientApp_BuildsForBothFrameworksWithWarningsAsErrors()
    {
        Assert.True(packed.ClientAppBuild.Succeeded, packed.ClientAppBuild.ToString());
    }

    [Fact]
    public void ClientApp_RunsTheContractsClientAndEmulatorFromThePackages()
    {
        var run = packed.ClientAppRun;

        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("""json {"prompt":"A lighthouse at dawn","model":"sora-2-pro","size":"1792x1024","seconds":"8"}""", run.Output, StringComparison.Ordinal);
        Assert.Contains("ezmodel size:unsupported_by_provider", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"video \S+ (queued|in_progress)", run.Output);
    }

    [Fact]
    public void ClientApp_GeneratesNothing_ThePackagesOwnSpecStaysInsideIt()
    {
        Assert.True(packed.ClientAppBuild.Succeeded, packed.ClientAppBuild.ToString());
        Assert.Empty(packed.ClientApp.SoraGeneratedFiles());
    }

    [Fact]
    public void ClientApp_InvalidLiteral_FailsWithSora001_FromTheAnalyzerThatCameThroughSoraClient()
    {
        var build = packed.ClientAppInvalidBuild;

        Assert.False(build.Succeeded, build.ToString());
        Assert.Equal(["SORA001"], ErrorCodes(build));
        Assert.Contains("InvalidRequest.cs(", build.Output, StringComparison.Ordinal);
        Assert.Contains("size 1792x1024 is not allowed when model is sora-2", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnSpec_GeneratesAndUsesItsOwnTypes()
    {
        var run = packed.OwnSpecRun;

        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("models acme-v1,acme-v1-max", run.Output, StringComparison.Ordinal);
        Assert.Contains("valid True", run.Output, StringComparison.Ordinal);
        Assert.Contains("edgebox model,size", run.Output, StringComparison.Ordinal);
        Assert.Contains("widget blue label null", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnSpec_GeneratesFromItsSpecsOnly_TheYamlOneAndTheJsonOne()
    {
        var generated = packed.OwnSpec.SoraGeneratedFiles();

        Assert.Contains("acme.openapi.CreateClipRequest.g.cs", generated);
        Assert.Contains("widgets.openapi.Widget.g.cs", generated);
        Assert.All(generated, file => Assert.True(file.StartsWith("acme.openapi.", StringComparison.Ordinal) || file.StartsWith("widgets.openapi.", StringComparison.Ordinal), file));
    }

    [Fact]
    public void OwnSpec_InvalidLiteral_FailsWithSora001_FromARuleOfItsOwnSpec()
    {
        var build = packed.OwnSpecInvalidBuild;

        Assert.False(build.Succeeded, build.ToString());
        Assert.Equal(["SORA001"], ErrorCodes(build));
        Assert.Contains("size 1920x1080 is not allowed when model is acme-v1", build.Output, StringComparison.Ordinal);
    }

    private static IEnumerable<string> ErrorCodes(ProcessResult build) =>
        ErrorCode().Matches(build.Output).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);

    [GeneratedRegex(@"error ([A-Z]+[0-9]+):")]
    private static partial Regex ErrorCode();
}
