using Sora.Client.Tests.EndToEnd;
using Sora.Contracts;
using Sora.Emulator;

namespace Sora.Cli.Tests;

/// <summary>
/// <c>sora generate</c> end to end against the emulator playing each profile of the spec: the file lands, the job is
/// the emulator's, and the retirement warning appears exactly for a retired profile, once.
/// </summary>
public sealed class EveryProfileGenerateTests
{
    public static TheoryData<string> Profiles() => new(SoraProvider.All.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task Generate_AgainstEachProfile_WritesTheServedVideo_AndWarnsOnlyOfARetiredOne(string id)
    {
        var provider = SoraProvider.Get(id);
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = provider, QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.Zero });
        using var folder = new TempFolder();
        var target = folder.File("cat.mp4");

        // LiteLLM requires a model; naming one is valid against every profile.
        var result = await CliRunner.RunAsync(emulator, "generate", "A cat", "--model", "sora-2", "--out", target);

        Assert.True(result.ExitCode == 0, result.ToString());
        var job = Assert.Single(emulator.Jobs);
        Assert.Equal(emulator.GetMedia(job.Id, VideoContentVariant.Default), await File.ReadAllBytesAsync(target));
        var warnings = result.ErrorLines.Where(line => line.Contains("is retired", StringComparison.Ordinal)).ToList();
        Assert.Equal(provider.IsRetired ? 1 : 0, warnings.Count);
    }

    [Fact]
    public async Task AgainstLiteLlm_ValidateAndGenerateAgree_ThatAModelIsRequired()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("litellm"), QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.Zero });
        using var folder = new TempFolder();

        var validate = await CliRunner.RunAsync(emulator, "validate", "A cat");
        var generate = await CliRunner.RunAsync(emulator, "generate", "A cat", "--out", folder.File("cat.mp4"));

        Assert.NotEqual(0, validate.ExitCode);
        Assert.NotEqual(0, generate.ExitCode);
        Assert.Contains("model is required with provider litellm", validate.ToString(), StringComparison.Ordinal);
        Assert.Contains("model is required with provider litellm", generate.ToString(), StringComparison.Ordinal);
        Assert.Empty(emulator.Jobs);
        Assert.False(File.Exists(folder.File("cat.mp4")));
    }
}
