namespace Sora.Emulator.Tests.Media;

public sealed class MediaToolsTests
{
    private const string Missing = "sora-no-such-media-tool";

    [Fact]
    public void AMissingToolSkipsUnlessTheEnvironmentRequiresTheTools()
    {
        var reason = MediaTools.SkipReason([Missing]);

        if (MediaTools.Required)
        {
            Assert.Null(reason);
        }
        else
        {
            Assert.NotNull(reason);
            Assert.Contains(Missing, reason, StringComparison.Ordinal);
            Assert.Contains(MediaTools.RequireVariable + "=1", reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RunningAMissingToolFailsNamingTheRequirement()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MediaTools.Run(Missing));

        Assert.Contains(Missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoToolsMeansNoSkip()
    {
        Assert.Null(MediaTools.SkipReason([]));
    }
}
