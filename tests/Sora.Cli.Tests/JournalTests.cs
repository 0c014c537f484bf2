using System.Text.Json;
using Sora.Contracts;
using Sora.Emulator;

namespace Sora.Cli.Tests;

/// <summary>The local job journal: a paid job survives a kill of the CLI, and 'sora resume' fetches it.</summary>
public sealed class JournalTests
{
    [Fact]
    public async Task AJobWhoseCliWasKilledWhilePollingIsListedByJobsAndResumeSavesTheEmulatorsExactBytes()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var clock = new ShiftableClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { TimeProvider = clock, QueuedFor = TimeSpan.FromSeconds(1), RunningFor = TimeSpan.FromMinutes(10) });
        using var folder = new TempFolder();
        using var home = new TempFolder();
        var target = folder.File("cat.mp4");
        var environment = CliRunner.EnvironmentFor(emulator);
        environment["SORA_HOME"] = home.PathName;

        using (var child = ChildCli.Start(environment, "generate", "A cat on a motorcycle at night", "--out", target))
        {
            var output = await ChildCli.ReadUntilAsync(child, "queued 0%");
            Assert.Contains("queued 0%", output);
            child.Kill();
            await child.WaitForExitAsync();
        }

        var job = Assert.Single(emulator.Jobs);
        Assert.Empty(folder.Files());
        var jobs = await CliRunner.RunAsync(environment, "jobs", "--json");
        Assert.True(jobs.ExitCode == 0, jobs.ToString());
        var listed = Assert.Single(JsonDocument.Parse(jobs.Out).RootElement.EnumerateArray());
        Assert.Equal(job.Id, listed.GetProperty("id").GetString());
        Assert.Equal("queued", listed.GetProperty("status").GetString());
        Assert.Equal(target, listed.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("saved_to").ValueKind);

        clock.Advance(TimeSpan.FromMinutes(11));
        var resume = await CliRunner.RunAsync(environment, "resume");

        Assert.True(resume.ExitCode == 0, resume.ToString());
        var media = emulator.GetMedia(job.Id, VideoContentVariant.Video)!;
        Assert.Equal($"Saved {job.Id} to {target} ({media.Length} bytes).", Assert.Single(resume.OutLines));
        Assert.Equal(media, await File.ReadAllBytesAsync(target));

        var again = await CliRunner.RunAsync(environment, "resume");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal($"Nothing to resume: every job in {Path.Combine(home.PathName, "jobs.jsonl")} was saved or has failed.", Assert.Single(again.OutLines));
    }

    [Fact]
    public async Task EveryCreatedJobIsRecordedWithItsServerProviderRequestAndPathButNeitherKeyNorImage()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { Provider = SoraProvider.Ezmodel, QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.Zero });
        using var folder = new TempFolder();
        using var home = new TempFolder();
        var environment = CliRunner.EnvironmentFor(emulator);
        environment["SORA_HOME"] = home.PathName;
        var target = folder.File("dog.mp4");

        var result = await CliRunner.RunAsync(environment, "generate", "A dog", "--size", "1280x720", "--out", target);

        Assert.True(result.ExitCode == 0, result.ToString());
        var job = Assert.Single(emulator.Jobs);
        var lines = await File.ReadAllLinesAsync(home.File("jobs.jsonl"));
        var created = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("created", created.GetProperty("event").GetString());
        Assert.Equal(job.Id, created.GetProperty("id").GetString());
        Assert.Equal(emulator.BaseAddress.ToString(), created.GetProperty("base_url").GetString());
        Assert.Equal("ezmodel", created.GetProperty("provider").GetString());
        Assert.Equal("A dog", created.GetProperty("request").GetProperty("prompt").GetString());
        Assert.Equal("1280x720", created.GetProperty("request").GetProperty("size").GetString());
        Assert.Equal(target, created.GetProperty("path").GetString());
        var saved = JsonDocument.Parse(lines[^1]).RootElement;
        Assert.Equal("saved", saved.GetProperty("event").GetString());
        Assert.Equal(new FileInfo(target).Length, saved.GetProperty("bytes").GetInt64());
        Assert.DoesNotContain(emulator.ApiKey, string.Join("\n", lines), StringComparison.Ordinal);

        var jobs = await CliRunner.RunAsync(environment, "jobs");
        Assert.Contains(jobs.OutLines, line => line.Contains($"│ {job.Id} ", StringComparison.Ordinal) && line.Contains($"│ {target} ", StringComparison.Ordinal) && line.Contains("│ completed 100% ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATornLastLineIsSkippedAndTheNextRecordStartsOnAFreshLine()
    {
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.Zero });
        using var folder = new TempFolder();
        using var home = new TempFolder();
        var environment = CliRunner.EnvironmentFor(emulator);
        environment["SORA_HOME"] = home.PathName;
        await File.WriteAllTextAsync(home.File("jobs.jsonl"), """{"event":"created","id":"video_torn","base_u""");

        var result = await CliRunner.RunAsync(environment, "generate", "A cat", "--out", folder.File("cat.mp4"));
        var jobs = await CliRunner.RunAsync(environment, "jobs", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var listed = Assert.Single(JsonDocument.Parse(jobs.Out).RootElement.EnumerateArray());
        Assert.Equal(Assert.Single(emulator.Jobs).Id, listed.GetProperty("id").GetString());
        Assert.Equal(folder.File("cat.mp4"), listed.GetProperty("saved_to").GetString());
        Assert.StartsWith("{\"event\":\"created\",\"id\":\"video_torn\",\"base_u\n{", await File.ReadAllTextAsync(home.File("jobs.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResumeLeavesAnExistingFileAloneWithoutForceAndReplacesItWithForce()
    {
        var clock = new ShiftableClock();
        await using var emulator = await SoraEmulator.StartAsync(new SoraEmulatorOptions { TimeProvider = clock, QueuedFor = TimeSpan.Zero, RunningFor = TimeSpan.FromMinutes(10) });
        using var folder = new TempFolder();
        using var home = new TempFolder();
        var environment = CliRunner.EnvironmentFor(emulator);
        environment["SORA_HOME"] = home.PathName;
        var target = folder.File("cat.mp4");
        using var interrupt = new CancellationTokenSource();
        var run = CliRunner.RunAsync(new CliSetup(environment, folder.PathName, Interrupt: interrupt.Token), "generate", "A cat", "--out", target);
        // Interrupted once the job is recorded: the journal, not the emulator, says the CLI got the create answer.
        while (!run.IsCompleted && (!File.Exists(home.File("jobs.jsonl")) || new FileInfo(home.File("jobs.jsonl")).Length == 0))
        {
            await Task.Delay(20);
        }

        await interrupt.CancelAsync();
        Assert.Equal(130, (await run).ExitCode);
        await File.WriteAllTextAsync(target, "mine");
        clock.Advance(TimeSpan.FromMinutes(11));
        var id = Assert.Single(emulator.Jobs).Id;

        var kept = await CliRunner.RunAsync(environment, "resume");
        Assert.Equal(1, kept.ExitCode);
        Assert.Equal($"{id}: '{target}' already exists: pass --force to replace it.", Assert.Single(kept.OutLines));
        Assert.Equal("mine", await File.ReadAllTextAsync(target));

        var replaced = await CliRunner.RunAsync(environment, "resume", "--force");
        Assert.True(replaced.ExitCode == 0, replaced.ToString());
        Assert.Equal(emulator.GetMedia(id, VideoContentVariant.Video), await File.ReadAllBytesAsync(target));
    }

    private sealed class ShiftableClock : TimeProvider
    {
        private TimeSpan _offset;

        public void Advance(TimeSpan by) => _offset += by;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;
    }
}
