using Sora.Contracts;

namespace Sora.Cli.Tests;

/// <summary>Problem 11: 'sora providers' fits the terminal and never cuts a value in two.</summary>
public sealed class ProvidersWidthTests
{
    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    public async Task EveryLineFitsTheWidthAndEveryValueAppearsWhole(int width)
    {
        var result = await CliRunner.RunAsync(new CliSetup(new Dictionary<string, string>(), Directory.GetCurrentDirectory(), Width: width), "providers");

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Out.Split('\n'), line => Assert.True(line.Length <= width, $"{line.Length} columns: {line}"));
        var words = result.Out.Split([' ', '\n', ',', '│'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var provider in SoraProvider.All)
        {
            Assert.Contains(provider.BaseUrl!, words);
        }

        foreach (var model in VideoModel.KnownValues)
        {
            Assert.Contains(model.Value, words);
        }
    }

    [Fact]
    public async Task OneProviderCanBeShownAlone()
    {
        var result = await CliRunner.RunAsync("providers", "--provider", "ezmodel");

        Assert.Equal(0, result.ExitCode);
        var rows = result.OutLines.Where(line => line.StartsWith("│ ", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.StartsWith("│ ezmodel ", Assert.Single(rows), StringComparison.Ordinal);
    }
}
