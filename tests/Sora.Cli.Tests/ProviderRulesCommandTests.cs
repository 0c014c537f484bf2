using Sora.Contracts;
using Sora.Emulator;

namespace Sora.Cli.Tests;

/// <summary><c>sora list --param</c> for a profile that requires a list parameter, and a refused operation as a usage error.</summary>
public sealed class ProviderRulesCommandTests
{
    [Fact]
    public async Task ListAgainstLiteLlm_WithoutTheUpstream_IsAUsageErrorNamingTheFlag_AndWithItListsTheJobs()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("litellm") });

        var without = await CliRunner.RunAsync(emulator, "list");
        var with = await CliRunner.RunAsync(emulator, "list", "--param", "custom_llm_provider=openai");

        Assert.Equal(2, without.ExitCode);
        Assert.Equal("sora: provider litellm requires the custom_llm_provider parameter to list jobs: pass --param custom_llm_provider=VALUE.", Assert.Single(without.ErrorLines));
        Assert.True(with.ExitCode == 0, with.ToString());
        Assert.Contains("No jobs.", with.OutLines);
    }

    [Fact]
    public async Task AParamThatIsNotNameEqualsValue_IsAUsageError()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("litellm") });

        var result = await CliRunner.RunAsync(emulator, "list", "--param", "=openai");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sora: --param: '=openai' is not NAME=VALUE.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task ARemixAgainstAProfileWithoutOne_IsAUsageError_NotACrash()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("sglang") });

        var result = await CliRunner.RunAsync(emulator, "remix", "video_1", "The same cat, in the rain");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("Provider sglang does not offer remixVideo", line);
    }
}
