using Sora.Client;
using Sora.Contracts;
using Sora.Emulator;

namespace Sora.Cli.Tests;

public sealed class JobCommandsTests
{
    [Fact]
    public async Task StatusListDownloadRemixAndDeleteRoundTripAgainstTheEmulator()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.Zero });
        using var client = new SoraClient(new SoraClientOptions { BaseAddress = emulator.BaseAddress, ApiKey = emulator.ApiKey, Provider = emulator.Provider });
        var job = await client.CreateAsync(new CreateVideoRequest("A cat") { Size = "1280x720" });
        using var folder = new TempFolder();

        var status = await CliRunner.RunAsync(emulator, "status", job.Id);
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains(status.OutLines, line => line.StartsWith("id", StringComparison.Ordinal) && line.EndsWith(job.Id, StringComparison.Ordinal));
        Assert.Contains(status.OutLines, line => line.StartsWith("status", StringComparison.Ordinal) && line.EndsWith("completed 100%", StringComparison.Ordinal));
        Assert.Contains(status.OutLines, line => line.StartsWith("size", StringComparison.Ordinal) && line.EndsWith("1280x720", StringComparison.Ordinal));

        var list = await CliRunner.RunAsync(emulator, "list", "--limit", "10");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains(list.OutLines, line => line.Contains($"│ {job.Id} ", StringComparison.Ordinal) && line.Contains("│ completed 100% ", StringComparison.Ordinal));

        var video = folder.File("cat.mp4");
        var download = await CliRunner.RunAsync(emulator, "download", job.Id, "--out", video);
        Assert.Equal(0, download.ExitCode);
        Assert.Equal($"Saved to {video} ({new FileInfo(video).Length} bytes).", Assert.Single(download.OutLines));
        Assert.Equal(emulator.GetMedia(job.Id, VideoContentVariant.Video), await File.ReadAllBytesAsync(video));

        var thumbnail = folder.File("cat.webp");
        Assert.Equal(0, (await CliRunner.RunAsync(emulator, "download", job.Id, "--variant", "thumbnail", "--out", thumbnail)).ExitCode);
        Assert.Equal(emulator.GetMedia(job.Id, VideoContentVariant.Thumbnail), await File.ReadAllBytesAsync(thumbnail));

        var remix = await CliRunner.RunAsync(emulator, "remix", job.Id, "The same cat, in the rain");
        Assert.Equal(0, remix.ExitCode);
        var remixed = Assert.Single(emulator.Jobs, j => j.Id != job.Id);
        Assert.Equal($"Job {remixed.Id} created from {job.Id} ({remixed.Status.Value} {remixed.Progress}%).", Assert.Single(remix.OutLines));

        var delete = await CliRunner.RunAsync(emulator, "delete", job.Id);
        Assert.Equal(0, delete.ExitCode);
        Assert.Equal($"Deleted {job.Id}.", Assert.Single(delete.OutLines));

        var gone = await CliRunner.RunAsync(emulator, "status", job.Id);
        Assert.Equal(1, gone.ExitCode);
        Assert.Matches($"^sora: 404 [a-z_]+: .*{job.Id}.*$", Assert.Single(gone.ErrorLines));
        Assert.Equal(["cat.mp4", "cat.webp"], folder.Files().Order());
    }

    [Fact]
    public async Task DownloadingAnUnfinishedJobSaysWhatItIsDoingAndWritesNothing()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { QueuedFor = TimeSpan.FromMinutes(5) });
        using var client = new SoraClient(new SoraClientOptions { BaseAddress = emulator.BaseAddress, ApiKey = emulator.ApiKey, Provider = emulator.Provider });
        var job = await client.CreateAsync(new CreateVideoRequest("A cat"));
        using var folder = new TempFolder();

        var result = await CliRunner.RunAsync(emulator, "download", job.Id, "--out", folder.File("early.mp4"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"sora: job {job.Id} is queued 0%, not completed: nothing to download yet.", Assert.Single(result.ErrorLines));
        Assert.Empty(folder.Files());
    }

    [Fact]
    public async Task AWrongKeyIsOneErrorLineWithExitCodeOneThatNeverShowsTheKey()
    {
        await using var emulator = await SoraEmulator.StartAsync();
        var environment = CliRunner.EnvironmentFor(emulator);
        environment["SORA_API_KEY"] = "sk-wrong-secret-1234567890";

        var result = await CliRunner.RunAsync(environment, "list");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("sora: 401 invalid_api_key: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-wrong-secret", result.Error + result.Out, StringComparison.Ordinal);
    }
}
