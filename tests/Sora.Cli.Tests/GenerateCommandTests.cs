using Sora.Contracts;
using Sora.Emulator;

namespace Sora.Cli.Tests;

public sealed class GenerateCommandTests
{
    /// <summary>The profile the embedded emulator plays by default: the spec's first one that is not retired.</summary>
    private static readonly SoraProvider Live = SoraProvider.All.First(p => !p.IsRetired);

    [Fact]
    public async Task WithoutABaseUrlItSaysSoRunsTheEmbeddedEmulatorPrintsProgressAndSavesTheVideo()
    {
        using var folder = new TempFolder();
        var target = folder.File("cat.mp4");

        var result = await CliRunner.RunAsync("generate", "A cat on a motorcycle at night", "--size", "1280x720", "--seconds", "8", "--out", target);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches($@"^No SORA_BASE_URL: using the embedded emulator \(profile {Live.Id}\) at http://127\.0\.0\.1:\d+/v1$", result.OutLines[0]);
        Assert.Matches($@"^Job {Live.IdPrefix}\w+ created \(sora-2, 1280x720, 8 s\)\.$", result.OutLines[1]);
        Assert.Equal("queued 0%", result.OutLines[2]);
        Assert.Contains(result.OutLines, line => line.StartsWith("in_progress ", StringComparison.Ordinal) && line.EndsWith('%'));
        Assert.Contains("completed 100%", result.OutLines);
        Assert.Equal($"Saved to {target} ({new FileInfo(target).Length} bytes).", result.OutLines[^1]);
        Assert.Equal("ftyp"u8.ToArray(), File.ReadAllBytes(target)[4..8]);
        Assert.Equal(["cat.mp4"], folder.Files());
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task AgainstAServerFromTheEnvironmentItSavesExactlyTheServersVideo()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Get("ezmodel"), QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.FromMilliseconds(500) });
        using var folder = new TempFolder();
        var target = folder.File("dog.mp4");

        var result = await CliRunner.RunAsync(emulator, "generate", "A dog", "--size", "1280x720", "--out", target);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("embedded", result.Out, StringComparison.Ordinal);
        var job = Assert.Single(emulator.Jobs);
        Assert.Contains($"Job {job.Id} created (sora-2, 1280x720, 4 s).", result.OutLines);
        Assert.Contains("completed 100%", result.OutLines);
        Assert.Equal(emulator.GetMedia(job.Id, VideoContentVariant.Video), File.ReadAllBytes(target));
    }

    [Fact]
    public async Task AnInvalidRequestListsEveryViolationAsValidateDoesAndStartsNothing()
    {
        var expected = new CreateVideoRequest("A cat") { Size = "1792x1024", Seconds = "6" }.Validate(Live).Violations;

        var result = await CliRunner.RunAsync("generate", "A cat", "--size", "1792x1024", "--seconds", "6", "--out", "never.mp4");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal($"sora: the request is invalid ({expected.Count} problems); nothing was sent:", result.ErrorLines[0]);
        string[] analyzerIds = ["SORA002", "SORA001"]; // the analyzer diagnostics of the same rules
        Assert.Equal(expected.Select((v, i) => $"{analyzerIds[i]} {v.Param}: {v.Message} ({v.Code})"), result.ErrorLines[1..]);
        Assert.False(File.Exists("never.mp4"));
    }

    [Fact]
    public async Task AnExistingOutputFileIsRefusedBeforeAnyJobIsCreated()
    {
        using var folder = new TempFolder();
        var target = folder.File("taken.mp4");
        await File.WriteAllTextAsync(target, "mine");

        var result = await CliRunner.RunAsync("generate", "A cat", "--out", target);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"sora: '{target}' already exists: pass --force to replace it, or choose another --out (nothing was created).", Assert.Single(result.ErrorLines));
        Assert.Equal("mine", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public void TheDefaultProfile_IsNotRetired_WhileTheSpecsFirstProfileIs()
    {
        // The spec lists the retired reference profile first: a default taken by position would pick a dead service.
        Assert.True(SoraProvider.All[0].IsRetired);
        Assert.False(Live.IsRetired);
    }

    [Fact]
    public async Task AgainstARetiredProfile_GenerateWarnsOnceOnStderr_WithTheDate_AndStillRuns()
    {
        var retired = SoraProvider.All.First(p => p.IsRetired);
        using var folder = new TempFolder();

        var result = await CliRunner.RunAsync("generate", "A cat", "--provider", retired.Id, "--out", folder.File("cat.mp4"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.ErrorLines);
        Assert.Equal($"sora: warning: the profile '{retired.Id}' is retired: its service no longer runs (since {retired.RetiredOn}; source: {retired.RetiredSource}). Its rules stay for servers that copy them.", warning);
        Assert.Contains($"(profile {retired.Id})", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgainstALiveProfile_GenerateWritesNoRetirementWarning()
    {
        using var folder = new TempFolder();

        var result = await CliRunner.RunAsync("generate", "A cat", "--provider", Live.Id, "--out", folder.File("cat.mp4"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("retired", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemixAgainstARetiredProfile_WarnsOnceOnStderr()
    {
        var retired = SoraProvider.All.First(p => p.IsRetired);
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = retired, QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.Zero });
        using var folder = new TempFolder();
        var created = await CliRunner.RunAsync(emulator, "generate", "A cat", "--out", folder.File("cat.mp4"));
        Assert.True(created.ExitCode == 0, created.ToString());

        var result = await CliRunner.RunAsync(emulator, "remix", emulator.Jobs.Single().Id, "In the rain");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.ErrorLines, line => line.Contains($"the profile '{retired.Id}' is retired", StringComparison.Ordinal) && line.Contains(retired.RetiredOn!, StringComparison.Ordinal));
    }
}
